package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.casehandling.readmodel.OwnCoordinatedPlan;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * "Min SIP": the client's coordinated individual plans with the region — who takes part, who is responsible for what,
 * who coordinates, the goals, the next follow-up, where the plan stands and the client's consent — and withdrawing that
 * consent (ADR 0028, slice 2). What withdrawing does is said in plain words before the client confirms; the change
 * goes through {@link OwnFile}, which checks the plan is the client's own and records it as the client's act.
 */
@Route("portal/sip")
@Menu(order = 50, title = "citizenportal.menu.sip", icon = "vaadin:connect")
@RolesAllowed(Roles.CLIENT)
class PortalSipView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnFile ownFile;
    private boolean justWithdrawn;

    PortalSipView(OwnFile ownFile) {
        this.ownFile = ownFile;
        PortalPage.style(this);
        refresh();
    }

    private void refresh() {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.sip.heading"));
        heading.setId("portal-sip-heading");
        add(heading);
        if (justWithdrawn) {
            var done = new Paragraph(getTranslation("citizenportal.sip.withdrawn.done"));
            done.setId("portal-sip-withdrawn-done");
            done.getElement().setAttribute("role", "status");
            add(done);
        }
        Problems.attempt(this, ownFile::coordinatedPlans).ifPresent(plans -> {
            if (!plans.isEmpty()) {
                add(new Paragraph(getTranslation("citizenportal.sip.intro")));
                plans.forEach(plan -> add(plan(plan, plans.size() > 1)));
                return;
            }
            Problems.attempt(this, ownFile::status).ifPresent(status -> {
                if (status.standing() == Standing.NOT_IDENTIFIED) {
                    add(PortalPage.notIdentified(this));
                } else if (status.standing() == Standing.NO_CASE) {
                    add(PortalPage.noCase(this));
                } else {
                    var none = new Paragraph(getTranslation("citizenportal.sip.none"));
                    none.setId("portal-sip-none");
                    add(none);
                }
            });
        });
        add(PortalPage.backToStart(this));
    }

    private Div plan(OwnCoordinatedPlan plan, boolean several) {
        var box = new Div();
        box.addClassName("vk-portal-sip");
        box.setId("portal-sip-" + plan.id());
        box.setWidthFull();
        if (several) {
            box.add(new H2(getTranslation("citizenportal.sip.plan-of", SwedishTime.date(plan.planDate()))));
        }
        var status = new Paragraph(getTranslation(status(plan.status())));
        status.addClassName("vk-portal-sip-status");
        box.add(status);
        box.add(new Paragraph(getTranslation("citizenportal.sip.written", SwedishTime.date(plan.planDate()))));
        var level = several ? 3 : 2;

        box.add(heading(level, "citizenportal.sip.participants"));
        if (plan.participants().isEmpty()) {
            box.add(new Paragraph(getTranslation("citizenportal.sip.participants.none")));
        } else {
            box.add(list("vk-portal-sip-participants", plan.participants().stream().map(this::participant).toList()));
        }

        box.add(heading(level, "citizenportal.sip.responsibility"));
        box.add(new Paragraph(plan.coordinator() == null ? getTranslation("citizenportal.sip.coordinator.none")
                : getTranslation("citizenportal.sip.coordinator", participant(plan.coordinator()))));
        box.add(new Paragraph(plan.overallResponsibility() == null
                ? getTranslation("citizenportal.sip.overall.none")
                : getTranslation("citizenportal.sip.overall", getTranslation(principal(plan.overallResponsibility())))));

        box.add(heading(level, "citizenportal.sip.measures"));
        if (plan.measures().isEmpty()) {
            box.add(new Paragraph(getTranslation("citizenportal.sip.measures.none")));
        } else {
            box.add(list("vk-portal-sip-measures", plan.measures().stream().map(m -> capitalised(getTranslation(
                    "citizenportal.sip.measure", getTranslation(principal(m.principal())), m.measure(), m.need())))
                    .toList()));
        }

        box.add(heading(level, "citizenportal.sip.goals"));
        box.add(new Paragraph(plan.goals() == null ? getTranslation("citizenportal.sip.goals.none") : plan.goals()));

        box.add(heading(level, "citizenportal.sip.follow-up"));
        box.add(new Paragraph(plan.followUpOn() == null || !plan.status().isOpen()
                ? getTranslation("citizenportal.sip.follow-up.none")
                : getTranslation("citizenportal.sip.follow-up.on", SwedishTime.date(plan.followUpOn()))));

        box.add(consent(plan, level));
        return box;
    }

    private Div consent(OwnCoordinatedPlan plan, int level) {
        var box = new Div();
        box.addClassName("vk-portal-sip-consent");
        box.add(heading(level, "citizenportal.sip.consent"));
        var consent = plan.consent();
        box.add(new Paragraph(getTranslation("citizenportal.sip.consent.given", SwedishTime.date(consent.givenOn()),
                getTranslation(form(consent.form())))));
        if (consent.withdrawnByClient()) {
            var withdrawn = new Paragraph(getTranslation("citizenportal.sip.consent.withdrawn-by-you",
                    SwedishTime.dateTime(consent.withdrawnAt())));
            withdrawn.addClassName("vk-portal-sip-withdrawn");
            box.add(withdrawn);
            return box;
        }
        if (consent.withdrawnOn() != null) {
            var withdrawn = new Paragraph(getTranslation("citizenportal.sip.consent.withdrawn",
                    SwedishTime.date(consent.withdrawnOn())));
            withdrawn.addClassName("vk-portal-sip-withdrawn");
            box.add(withdrawn);
            return box;
        }
        if (!plan.consentWithdrawable()) {
            return box;
        }
        box.add(new Paragraph(getTranslation("citizenportal.sip.consent.can-withdraw")));
        var confirm = new Div();
        confirm.addClassName("vk-portal-sip-confirm");
        confirm.setVisible(false);
        var consequences = heading(level + 1, "citizenportal.sip.withdraw.consequences");
        consequences.getElement().setAttribute("tabindex", "-1");
        confirm.add(consequences);
        confirm.add(list("vk-portal-sip-consequences", List.of(
                getTranslation("citizenportal.sip.withdraw.stops-coordination"),
                getTranslation("citizenportal.sip.withdraw.region-reads-no-more"),
                getTranslation("citizenportal.sip.withdraw.kept"),
                getTranslation("citizenportal.sip.withdraw.decisions-stay"),
                getTranslation("citizenportal.sip.withdraw.caseworker-told"),
                getTranslation("citizenportal.sip.withdraw.new-consent"))));
        var start = new Button(getTranslation("citizenportal.sip.withdraw"));
        start.addClassName("vk-portal-sip-withdraw");
        var yes = new Button(getTranslation("citizenportal.sip.withdraw.confirm"), click -> {
            if (Problems.save(this, () -> ownFile.withdrawSipConsent(plan.id(), plan.version()), this::refresh)) {
                justWithdrawn = true;
                refresh();
            }
        });
        yes.addClassName("vk-portal-sip-withdraw-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var no = new Button(getTranslation("citizenportal.sip.withdraw.cancel"), click -> {
            confirm.setVisible(false);
            start.setVisible(true);
            start.focus();
        });
        no.addClassName("vk-portal-sip-withdraw-cancel");
        confirm.add(new Paragraph(getTranslation("citizenportal.sip.withdraw.question")), yes, no);
        start.addClickListener(click -> {
            start.setVisible(false);
            confirm.setVisible(true);
            consequences.getElement().executeJs("this.focus()");
        });
        box.add(start, confirm);
        return box;
    }

    private String participant(OwnCoordinatedPlan.Participant p) {
        var where = p.organisation() == null ? getTranslation(kind(p.kind()))
                : p.organisationalUnit() == null ? p.organisation()
                : getTranslation("citizenportal.sip.participant.unit", p.organisation(), p.organisationalUnit());
        return getTranslation("citizenportal.sip.participant", p.name(), p.role() == null ? "" : p.role(), where);
    }

    private com.vaadin.flow.component.Component heading(int level, String key) {
        var text = getTranslation(key);
        return switch (level) {
            case 2 -> new H2(text);
            case 3 -> new H3(text);
            default -> new com.vaadin.flow.component.html.H4(text);
        };
    }

    /** The line with its first letter a capital (the principal's name starts it, written for mid-sentence). */
    private String capitalised(String line) {
        return line.isEmpty() ? line : line.substring(0, 1).toUpperCase(getLocale()) + line.substring(1);
    }

    private static UnorderedList list(String className, List<String> lines) {
        var list = new UnorderedList();
        list.addClassName(className);
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    /** Where the SIP stands, said to the client. ADR 0019: a whole literal key per value. */
    static String status(CoordinatedPlanStatus status) {
        return switch (status) {
            case DRAFT -> "citizenportal.sip.status.DRAFT";
            case ACTIVE -> "citizenportal.sip.status.ACTIVE";
            case FOLLOWED_UP -> "citizenportal.sip.status.FOLLOWED_UP";
            case CLOSED -> "citizenportal.sip.status.CLOSED";
            case CONSENT_WITHDRAWN -> "citizenportal.sip.status.CONSENT_WITHDRAWN";
        };
    }

    /** Who is responsible for a measure, said to the client. */
    static String principal(Principal principal) {
        return switch (principal) {
            case MUNICIPALITY -> "citizenportal.sip.principal.MUNICIPALITY";
            case REGION -> "citizenportal.sip.principal.REGION";
            case OTHER -> "citizenportal.sip.principal.OTHER";
        };
    }

    /** Where a participant comes from when the SIP names no organisation. */
    static String kind(ParticipantKind kind) {
        return switch (kind) {
            case MUNICIPALITY -> "citizenportal.sip.participant.kind.MUNICIPALITY";
            case REGION -> "citizenportal.sip.participant.kind.REGION";
            case RELATIVE -> "citizenportal.sip.participant.kind.RELATIVE";
        };
    }

    /** How the client gave consent. */
    static String form(ConsentForm form) {
        return switch (form) {
            case WRITTEN -> "citizenportal.sip.consent.form.WRITTEN";
            case ORAL -> "citizenportal.sip.consent.form.ORAL";
            case DIGITAL -> "citizenportal.sip.consent.form.DIGITAL";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.sip.title");
    }
}
