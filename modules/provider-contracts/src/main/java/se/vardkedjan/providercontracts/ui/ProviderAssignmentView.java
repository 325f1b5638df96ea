package se.vardkedjan.providercontracts.ui;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ProviderAssignment;
import se.vardkedjan.providercontracts.access.AssignmentAccess;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.LabelledValue;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.ViewClock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One assignment as its provider sees it ({@code /utforare/uppdrag/:id}, ADR 0027): the client it serves, the
 * assignment as sent, its state and history, the answers the state allows (confirm receipt, accept with a start date,
 * decline with a reason, report the start), then every {@link AssignmentPart} shown to the provider. Another
 * provider's assignment, an unknown id and an address that holds no id at all get the same page, and the refusal is
 * recorded.
 */
@Route("utforare/uppdrag/:id")
@RolesAllowed(Roles.PROVIDER_STAFF)
class ProviderAssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Assignments assignments;
    private final AssignmentAccess access;
    private final List<AssignmentPart> parts;
    private final ViewClock clock;
    private AssignmentId id;
    private String title;

    ProviderAssignmentView(Assignments assignments, AssignmentAccess access, List<AssignmentPart> parts,
                           ViewClock clock) {
        this.assignments = assignments;
        this.access = access;
        this.parts = parts;
        this.clock = clock;
        setId("provider-assignment");
    }

    /** The page's address for an assignment, for links. */
    static String address(AssignmentId id) {
        return "utforare/uppdrag/" + id.value();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var typed = event.getRouteParameters().get("id").orElse("");
        try {
            id = new AssignmentId(UUID.fromString(typed));
        } catch (IllegalArgumentException malformed) {
            id = null;
            notFound(() -> {
                throw access.refuseMalformed("ASSIGNMENT");
            });
            return;
        }
        reload();
    }

    private void reload() {
        removeAll();
        ProviderAssignment found;
        try {
            found = assignments.providerAssignment(id);
        } catch (AccessDenied denied) {
            notFound(() -> {
            });
            return;
        }
        render(found);
    }

    /** The one page for an assignment that cannot be shown; the refusal is recorded by the call. */
    private void notFound(Runnable refuse) {
        removeAll();
        try {
            refuse.run();
        } catch (AccessDenied recorded) {
            // Recorded by the access log; the page says the same as for any other refusal.
        }
        title = getTranslation("providercontracts.provider.not-found-title");
        var heading = new H1(title);
        heading.setId("provider-assignment-not-found");
        add(heading, new Paragraph(getTranslation("providercontracts.provider.not-found")));
    }

    private void render(ProviderAssignment found) {
        var assignment = found.assignment();
        title = getTranslation("providercontracts.provider.title");
        var heading = new H1(getTranslation("providercontracts.provider.heading",
                getTranslation(AssignmentPanel.typeKey(assignment.interventionType())),
                getTranslation(AssignmentPanel.statusKey(assignment.status()))));
        heading.setId("provider-assignment-heading");
        add(heading);
        add(client(found.client()));
        add(asSent(found));
        var actions = actions(found);
        if (actions != null) {
            add(actions);
        }
        add(history(found));
        parts.stream().filter(part -> part.shownTo(AssignmentPart.Audience.PROVIDER, assignment))
                .sorted(Comparator.comparingInt(AssignmentPart::order))
                .forEach(part -> add(part.create(assignment, AssignmentPart.Audience.PROVIDER)));
    }

    private Div client(ProviderAssignment.Client client) {
        var box = new Div();
        box.setId("provider-client");
        box.add(new H2(getTranslation("providercontracts.provider.client")));
        if (client.protectedIdentity()) {
            var marker = new Paragraph(getTranslation("providercontracts.provider.protected"));
            marker.setId("provider-client-protected");
            box.add(marker);
        }
        if (client.withheld()) {
            var withheld = new Paragraph(getTranslation("providercontracts.provider.withheld"));
            withheld.setId("provider-client-withheld");
            box.add(withheld);
            return box;
        }
        box.add(value("provider-client-name", "providercontracts.provider.client-name", client.name()));
        box.add(value("provider-client-identity", "providercontracts.provider.client-identity",
                client.identityNumber()));
        if (client.phone() != null) {
            box.add(value("provider-client-phone", "providercontracts.provider.client-phone", client.phone()));
        }
        if (client.streetAddress() != null) {
            box.add(value("provider-client-address", "providercontracts.provider.client-address",
                    getTranslation("providercontracts.provider.address-line", client.streetAddress(),
                            nonNull(client.postalCode()), nonNull(client.city()))));
        }
        if (client.phone() == null && client.streetAddress() == null) {
            box.add(new Paragraph(getTranslation("providercontracts.provider.nothing-shared")));
        }
        return box;
    }

    private Div asSent(ProviderAssignment found) {
        var a = found.assignment();
        var box = new Div();
        box.setId("provider-assignment-content");
        box.add(new H2(getTranslation("providercontracts.provider.as-sent")));
        box.add(value(null, "providercontracts.provider.decided-on", date(a.decidedOn())));
        var methodName = getLocale().getLanguage().equals("en") ? found.methodNameEn() : found.methodNameSv();
        box.add(value("provider-method", "providercontracts.assignment.method", methodName != null ? methodName
                : a.method() == null ? null : a.method().value()));
        box.add(value(null, "providercontracts.assignment.starts-on", date(a.startsOn())));
        box.add(value(null, "providercontracts.assignment.expected-length", a.expectedLength()));
        box.add(value(null, "providercontracts.assignment.reporting", a.reporting()));
        box.add(value(null, "providercontracts.assignment.follow-up", a.followUp()));
        box.add(value(null, "providercontracts.assignment.contact-persons", a.contactPersons()));
        if (a.acceptedStart() != null) {
            box.add(value("provider-accepted-start", "providercontracts.assignment.accepted-start",
                    date(a.acceptedStart())));
        }
        if (a.startedOn() != null) {
            box.add(value(null, "providercontracts.assignment.started-on", date(a.startedOn())));
        }
        if (a.declineReason() != null) {
            box.add(value(null, "providercontracts.assignment.decline-reason", a.declineReason()));
        }
        box.add(new Paragraph(getTranslation("providercontracts.assignment.goals")));
        var goals = new UnorderedList();
        goals.setId("provider-goals");
        a.goals().forEach(goal -> goals.add(new ListItem(goal)));
        if (a.goals().isEmpty()) {
            goals.add(new ListItem(getTranslation("providercontracts.assignment.no-goals")));
        }
        box.add(goals);
        if (a.regulation() != null) {
            box.add(value(null, "providercontracts.document.regulation", a.regulation()));
        }
        return box;
    }

    /** The answers the state allows; null when the provider has nothing to do here. */
    private Div actions(ProviderAssignment found) {
        var a = found.assignment();
        var box = new Div();
        box.setId("provider-actions");
        box.add(new H2(getTranslation("providercontracts.provider.actions")));
        switch (a.status()) {
            case SENT, RECEIVED -> {
                if (a.status() == AssignmentStatus.SENT) {
                    var receive = new Button(getTranslation("providercontracts.provider.receive"), click -> {
                        if (Problems.attempt(this, () -> assignments.receive(id, a.version())).isPresent()) {
                            reload();
                        }
                    });
                    receive.setId("provider-receive");
                    box.add(new Paragraph(receive));
                }
                var acceptProblems = new FormProblems(this, "provider-accept-form");
                var startsOn = acceptProblems.required("providercontracts.assignment.accepted-start",
                        new DateField(getTranslation("providercontracts.assignment.accepted-start"),
                                a.startsOn()));
                startsOn.setId("provider-accept-date");
                var accept = new Button(getTranslation("providercontracts.provider.accept"), click -> {
                    if (acceptProblems.attempt(() -> assignments.accept(id, a.version(), startsOn.getValue()))
                            .isPresent()) {
                        reload();
                    }
                });
                accept.setId("provider-accept");
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(new H3(getTranslation("providercontracts.provider.accept-heading")),
                        acceptProblems.summary(), new FieldRow(startsOn, accept));

                var declineProblems = new FormProblems(this, "provider-decline-form");
                var reason = declineProblems.required("providercontracts.assignment.decline-reason",
                        new TextArea(getTranslation("providercontracts.assignment.decline-reason")));
                reason.setId("provider-decline-reason");
                reason.setWidthFull();
                var decline = new Button(getTranslation("providercontracts.provider.decline"), click -> {
                    if (declineProblems.attempt(() -> assignments.decline(id, a.version(), reason.getValue()))
                            .isPresent()) {
                        reload();
                    }
                });
                decline.setId("provider-decline");
                box.add(new H3(getTranslation("providercontracts.provider.decline-heading")),
                        declineProblems.summary(), reason, decline);
            }
            case ACCEPTED -> {
                var problems = new FormProblems(this, "provider-start-form");
                var on = problems.required("providercontracts.assignment.started-on",
                        new DateField(getTranslation("providercontracts.assignment.started-on"),
                                startPrefill(a.acceptedStart(), clock.today())));
                on.setId("provider-start-date");
                var start = new Button(getTranslation("providercontracts.provider.start"), click -> {
                    if (problems.attempt(() -> assignments.start(id, a.version(), on.getValue())).isPresent()) {
                        reload();
                    }
                });
                start.setId("provider-start");
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(problems.summary(), new FieldRow(on, start));
            }
            default -> {
                return null;
            }
        }
        return box;
    }

    private Div history(ProviderAssignment found) {
        var box = new Div();
        box.add(new H2(getTranslation("providercontracts.casepage.history")));
        var list = new UnorderedList();
        list.setId("provider-history");
        for (var change : found.assignment().history()) {
            list.add(new ListItem(getTranslation("providercontracts.casepage.history-line",
                    DATE.format(LocalDate.ofInstant(change.at(), STOCKHOLM)),
                    getTranslation(AssignmentPanel.eventKey(change)),
                    AssignmentPanel.madeBy(change, this::getTranslation))));
        }
        box.add(list);
        return box;
    }

    private LabelledValue value(String elementId, String labelKey, String value) {
        var shown = new LabelledValue(getTranslation(labelKey), value == null || value.isBlank() ? "–" : value);
        if (elementId != null) {
            shown.setId(elementId);
        }
        return shown;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("providercontracts.provider.title") : title;
    }

    /**
     * The day the start form offers: the accepted start once it has come, else today — a start after today is refused,
     * so a form prefilled with an accepted start in the future would only get its user an error.
     */
    static LocalDate startPrefill(LocalDate acceptedStart, LocalDate today) {
        return acceptedStart == null || acceptedStart.isAfter(today) ? today : acceptedStart;
    }
}
