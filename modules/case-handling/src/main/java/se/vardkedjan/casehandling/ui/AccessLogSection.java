package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.vardkedjan.accesslog.AccessLogParts;
import se.vardkedjan.casehandling.AccessLogReview;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;

import java.util.List;

/**
 * The case page's own access log (tab "Åtkomstlogg"): who opened this case, when, what they read and why, one line
 * per page opened, newest first. The review's rules apply (ADR 0017): only a unit manager who may open the case reads
 * it, through {@link AccessLogReview#reviewCase}, which checks and logs; anybody else sees a sentence saying who reads
 * the log, and no facade is asked (so a caseworker's visit to the case page records no refusal). The case page shows the
 * tab only to unit managers ({@link #shownTo}); the sentence is for an address typed by someone else.
 */
@org.springframework.stereotype.Component
class AccessLogSection implements CasePageSection {

    private final AccessLogReview review;
    private final CurrentActor currentActor;
    private final List<AccessLogParts> parts;

    AccessLogSection(AccessLogReview review, CurrentActor currentActor, List<AccessLogParts> parts) {
        this.review = review;
        this.currentActor = currentActor;
        this.parts = parts;
    }

    @Override
    public String titleKey() {
        return "casehandling.staff.access-log.case-tab";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean shownTo(se.vardkedjan.sharedkernel.Actor actor) {
        return actor.hasRole(Roles.UNIT_MANAGER);
    }

    /** The tab's own path on the case page ({@code arenden/:id/atkomstlogg}). */
    @Override
    public String path() {
        return "atkomstlogg";
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        var content = new VerticalLayout();
        content.setId("case-access-log");
        content.setPadding(false);
        content.setSizeFull();
        if (!currentActor.require().hasRole(Roles.UNIT_MANAGER)) {
            var note = new Paragraph(content.getTranslation("casehandling.staff.access-log.case-managers-only"));
            note.setId("case-access-log-managers-only");
            content.add(note);
            return content;
        }
        var grid = new AccessLogGrid(parts, false);
        grid.setId("case-access-log-grid");
        grid.setAriaLabel(content.getTranslation("casehandling.staff.access-log.case-tab"));
        grid.setEmptyStateText(content.getTranslation("casehandling.staff.access-log.empty"));
        Problems.attempt(content, () -> review.reviewCase(caseId, null, 0, AccessLogGrid.IN_MEMORY))
                .ifPresentOrElse(page -> {
                    content.add(new Paragraph(content.getTranslation("casehandling.staff.access-log.case-intro")));
                    grid.setItems(page.lines());
                    content.add(grid);
                    content.setFlexGrow(1, grid);
                }, () -> {
                    var refused = new Paragraph(content.getTranslation("casehandling.staff.access-log.case-refused"));
                    refused.setId("case-access-log-refused");
                    content.add(refused);
                });
        return content;
    }
}
