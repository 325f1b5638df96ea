package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.casehandling.readmodel.OwnChoicesView;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * "Mina val" (ADR 0028, slice 2), as 1177 Journalen offers: give an adult the client trusts reading access to the parts
 * of the file they tick (and take it back), hide journal entries newer than a number of days until they have talked
 * with their caseworker, and block their portal access; with the history of every choice. Every choice goes through
 * {@link OwnChoices}, which keeps it (append-only) and the door enforces it. An adult reading a trusting client's file
 * is told to go back to their own file first: choices are made in one's own.
 */
@Route("portal/val")
@Menu(order = 100, title = "citizenportal.menu.choices", icon = "vaadin:sliders")
@RolesAllowed(Roles.CLIENT)
class PortalChoicesView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnChoices ownChoices;

    PortalChoicesView(OwnChoices ownChoices) {
        this.ownChoices = ownChoices;
        PortalPage.style(this);
        refresh();
    }

    private void refresh() {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.choices.heading"));
        heading.setId("portal-choices-heading");
        add(heading);
        Problems.attempt(this, ownChoices::reading).ifPresent(reading -> {
            if (!reading.identified()) {
                add(PortalPage.notIdentified(this));
            } else if (reading.byTrustedReader()) {
                var other = new Paragraph(getTranslation("citizenportal.choices.reading-other"));
                other.setId("portal-choices-reading-other");
                var own = new Button(getTranslation("citizenportal.choices.read-own"), click -> {
                    if (Problems.attempt(this, () -> ownChoices.readFileOf(Optional.empty()))) {
                        refresh();
                    }
                });
                own.setId("portal-choices-read-own");
                add(other, own);
            } else {
                Problems.attempt(this, ownChoices::choices).ifPresent(found -> found.ifPresentOrElse(this::show,
                        () -> add(PortalPage.noCase(this))));
            }
        });
    }

    private void show(OwnChoicesView choices) {
        add(new Paragraph(getTranslation("citizenportal.choices.intro")));
        add(trusted(choices), hiding(choices), blocking(choices), history(choices));
    }

    private Div trusted(OwnChoicesView choices) {
        var box = new Div();
        box.setId("portal-choices-trusted");
        box.add(new H2(getTranslation("citizenportal.choices.trusted.heading")));
        box.add(new Paragraph(getTranslation("citizenportal.choices.trusted.intro")));
        if (!choices.trusted().isEmpty()) {
            var list = new UnorderedList();
            list.setId("portal-choices-trusted-list");
            choices.trusted().forEach(trusted -> {
                var item = new ListItem();
                item.add(new Paragraph(getTranslation("citizenportal.choices.trusted.item", trusted.maskedNumber(),
                        sections(trusted.sections()), SwedishTime.dateTime(trusted.since()))));
                var revoke = new Button(getTranslation("citizenportal.choices.trusted.revoke.short"), click -> {
                    if (Problems.attempt(this, () -> ownChoices.revokeTrust(trusted.id()))) {
                        refresh();
                    }
                });
                revoke.addClassName("vk-portal-revoke");
                revoke.getStyle().set("max-width", "100%");
                revoke.getElement().setAttribute("aria-label", getTranslation("citizenportal.choices.trusted.revoke",
                        trusted.maskedNumber()));
                item.add(revoke);
                list.add(item);
            });
            box.add(list);
        }
        var problems = new FormProblems(this, "portal-trust");
        var number = problems.required("citizenportal.choices.trusted.number", new TextField(
                getTranslation("citizenportal.choices.trusted.number")));
        number.setId("portal-trust-number");
        number.setHelperText(getTranslation("citizenportal.choices.trusted.number.help"));
        number.setMaxLength(15);
        number.setWidthFull();
        var sections = problems.field("citizenportal.choices.trusted.sections", new CheckboxGroup<FileSection>(
                getTranslation("citizenportal.choices.trusted.sections")));
        sections.setId("portal-trust-sections");
        sections.setItems(Arrays.stream(FileSection.values()).filter(FileSection::shareable).toList());
        sections.setItemLabelGenerator(section -> getTranslation(PortalTexts.section(section)));
        sections.addThemeName("vertical");
        sections.setWidthFull();
        var give = new Button(getTranslation("citizenportal.choices.trusted.give"), click -> {
            if (problems.attempt(() -> ownChoices.trust(number.getValue(), sections.getValue()))) {
                refresh();
            }
        });
        give.setId("portal-trust-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(problems.summary(), number, sections, give);
        return box;
    }

    private Div hiding(OwnChoicesView choices) {
        var box = new Div();
        box.setId("portal-choices-hide");
        box.add(new H2(getTranslation("citizenportal.choices.hide.heading")));
        if (choices.hideDays() != null) {
            var on = new Paragraph(getTranslation("citizenportal.choices.hide.on", days(choices.hideDays())));
            on.setId("portal-choices-hide-on");
            var show = new Button(getTranslation("citizenportal.choices.hide.off"), click -> {
                if (Problems.attempt(this, ownChoices::showNewEntries)) {
                    refresh();
                }
            });
            show.setId("portal-hide-off");
            box.add(on, show);
            return box;
        }
        box.add(new Paragraph(getTranslation("citizenportal.choices.hide.intro")));
        var days = new Select<Integer>();
        days.setLabel(getTranslation("citizenportal.choices.hide.days"));
        days.setId("portal-hide-days");
        days.setItems(IntStream.rangeClosed(1, OwnChoices.MAX_HIDE_DAYS).boxed().toList());
        days.setItemLabelGenerator(this::days);
        days.setValue(14);
        days.setMaxWidth("100%");
        var hide = new Button(getTranslation("citizenportal.choices.hide.do"), click -> {
            if (Problems.attempt(this, () -> ownChoices.hideNewEntries(days.getValue() == null ? 0 : days.getValue()))) {
                refresh();
            }
        });
        hide.setId("portal-hide");
        box.add(days, hide);
        return box;
    }

    private Div blocking(OwnChoicesView choices) {
        var box = new Div();
        box.setId("portal-choices-block");
        box.add(new H2(getTranslation("citizenportal.choices.block.heading")));
        if (choices.blocked()) {
            var on = new Paragraph(getTranslation("citizenportal.choices.block.on"));
            on.setId("portal-choices-blocked");
            var lift = new Button(getTranslation("citizenportal.choices.block.off"), click -> {
                if (Problems.attempt(this, ownChoices::unblock)) {
                    refresh();
                }
            });
            lift.setId("portal-unblock");
            lift.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(on, lift);
            return box;
        }
        box.add(new Paragraph(getTranslation("citizenportal.choices.block.intro")));
        var block = new Button(getTranslation("citizenportal.choices.block.do"), click -> {
            if (Problems.attempt(this, ownChoices::block)) {
                refresh();
            }
        });
        block.setId("portal-block");
        block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        box.add(block);
        return box;
    }

    private Div history(OwnChoicesView choices) {
        var box = new Div();
        box.setId("portal-choices-history");
        box.add(new H2(getTranslation("citizenportal.choices.history.heading")));
        if (choices.history().isEmpty()) {
            box.add(new Paragraph(getTranslation("citizenportal.choices.history.none")));
            return box;
        }
        var list = new UnorderedList();
        choices.history().forEach(made -> list.add(new ListItem(SwedishTime.dateTime(made.at()) + ": " + made(made))));
        box.add(list);
        return box;
    }

    private String made(OwnChoicesView.Made made) {
        return switch (made.kind()) {
            case TRUST -> getTranslation("citizenportal.choices.history.TRUST", made.maskedNumber(),
                    sections(made.sections()));
            case TRUST_REVOKED -> getTranslation("citizenportal.choices.history.TRUST_REVOKED", made.maskedNumber());
            case HIDE -> getTranslation("citizenportal.choices.history.HIDE", days(made.hideDays()));
            case HIDE_OFF -> getTranslation("citizenportal.choices.history.HIDE_OFF");
            case BLOCK -> getTranslation("citizenportal.choices.history.BLOCK");
            case BLOCK_OFF -> getTranslation("citizenportal.choices.history.BLOCK_OFF");
        };
    }

    /** A number of days in words ("1 dag", "7 dagar"). */
    private String days(int days) {
        return days == 1 ? getTranslation("citizenportal.choices.days.one")
                : getTranslation("citizenportal.choices.days.many", days);
    }

    private String sections(java.util.Set<FileSection> sections) {
        return Arrays.stream(FileSection.values()).filter(sections::contains)
                .map(section -> getTranslation(PortalTexts.section(section))).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.choices.title");
    }
}
