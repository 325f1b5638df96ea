package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.springframework.beans.factory.ObjectProvider;
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.ProviderAssignmentSection;

import java.util.Comparator;
import java.util.List;

/**
 * The parts other modules add to the provider's assignment page ({@link ProviderAssignmentSection}), after this
 * module's own, each in its order; not on the case staff's Uppdrag tab.
 */
@org.springframework.stereotype.Component
class ContributedSectionsPart implements AssignmentPart {

    private final List<ProviderAssignmentSection> sections;

    ContributedSectionsPart(ObjectProvider<ProviderAssignmentSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(ProviderAssignmentSection::order)).toList();
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean shownTo(Audience audience, AssignmentView assignment) {
        return audience == Audience.PROVIDER && sections.stream().anyMatch(s -> s.shownFor(assignment.status()));
    }

    @Override
    public Component create(AssignmentView assignment, Audience audience) {
        var parts = new Div();
        parts.addClassName("vk-contributed-assignment-parts");
        sections.stream().filter(s -> s.shownFor(assignment.status()))
                .forEach(s -> parts.add(s.create(assignment.id(), assignment.caseId())));
        return parts;
    }
}
