package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.casehandling.readmodel.OwnReading;
import se.vardkedjan.casehandling.readmodel.TrustingClient;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.uikit.Problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The start page's parts for the client's choices (ADR 0028, slice 2): for an adult some client trusts, the choice of
 * whose file to read ("Min egen" or the client's given name), kept in the session by the door's port; and the words for
 * a file whose owner blocked the portal access.
 */
final class WhoseFile {

    private WhoseFile() {
    }

    /** One option of the choice: the own file (no person) or a trusting client's. */
    private record Option(Optional<PersonId> owner, String label) {
    }

    static Component chooser(Component page, OwnChoices ownChoices, List<TrustingClient> trusting,
                             Optional<PersonId> chosen, OwnReading reading) {
        var box = new Div();
        box.setId("portal-whose-file");
        box.add(new H2(page.getTranslation("citizenportal.whose.heading")));
        var options = new ArrayList<Option>();
        options.add(new Option(Optional.empty(), page.getTranslation("citizenportal.whose.own")));
        trusting.forEach(client -> options.add(new Option(Optional.of(client.person()), client.givenName())));
        var group = new RadioButtonGroup<Option>(page.getTranslation("citizenportal.whose.label"));
        group.setId("portal-whose-file-choice");
        group.setItems(options);
        group.setItemLabelGenerator(Option::label);
        var current = reading.byTrustedReader() ? options.stream().filter(o -> o.owner().equals(chosen)).findFirst()
                : Optional.<Option>empty();
        group.setValue(current.orElse(options.getFirst()));
        group.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && Problems.attempt(page,
                    () -> ownChoices.readFileOf(change.getValue().owner()))) {
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        box.add(group);
        if (reading.byTrustedReader() && current.isPresent()) {
            var shared = new Paragraph(page.getTranslation("citizenportal.whose.reading", current.get().label(),
                    Arrays.stream(FileSection.values()).filter(reading.sections()::contains)
                            .map(section -> page.getTranslation(PortalTexts.section(section)))
                            .collect(Collectors.joining(", "))));
            shared.setId("portal-whose-file-shared");
            box.add(shared);
        }
        return box;
    }

    static Component blocked(Component page, boolean byTrustedReader) {
        var box = new Div();
        box.setId("portal-blocked");
        box.add(new H2(page.getTranslation("citizenportal.blocked.heading")));
        if (byTrustedReader) {
            box.add(new Paragraph(page.getTranslation("citizenportal.blocked.trusted")));
            return box;
        }
        box.add(new Paragraph(page.getTranslation("citizenportal.blocked.text")));
        var lift = new RouterLink(page.getTranslation("citizenportal.blocked.lift"), PortalChoicesView.class);
        lift.setId("portal-blocked-lift");
        box.add(new Paragraph(lift));
        return box;
    }
}
