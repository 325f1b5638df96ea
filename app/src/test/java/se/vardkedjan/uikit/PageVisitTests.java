package se.vardkedjan.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0021: one page opened is one visit in the access log, whichever of its tabs the user moves between. */
class PageVisitTests {

    private static final class CasePage implements TabbedPage {
    }

    private static final class ListPage {
    }

    private final UI ui = new UI();

    @Test
    void movingBetweenTheTabsOfOneCaseKeepsThePageVisit() {
        PageVisit.navigated(ui, CasePage.class, parameters("a", null));
        var opened = PageVisit.of(ui).orElseThrow();

        PageVisit.navigated(ui, CasePage.class, parameters("a", "beslut"));
        PageVisit.navigated(ui, CasePage.class, parameters("a", "plan"));

        assertThat(PageVisit.of(ui)).contains(opened);
    }

    @Test
    void anotherCaseOrAnotherViewIsANewVisit() {
        PageVisit.navigated(ui, CasePage.class, parameters("a", "beslut"));
        var first = PageVisit.of(ui).orElseThrow();

        PageVisit.navigated(ui, CasePage.class, parameters("b", "beslut"));
        var second = PageVisit.of(ui).orElseThrow();
        PageVisit.navigated(ui, ListPage.class, RouteParameters.empty());
        var third = PageVisit.of(ui).orElseThrow();
        PageVisit.navigated(ui, ListPage.class, RouteParameters.empty());

        assertThat(second).isNotEqualTo(first);
        assertThat(third).isNotIn(first, second);
        assertThat(PageVisit.of(ui)).as("a view without tabs opened again is a new visit").isNotEqualTo(
                java.util.Optional.of(third));
    }

    private static RouteParameters parameters(String caseId, String tab) {
        return tab == null ? new RouteParameters(Map.of("caseId", caseId))
                : new RouteParameters(Map.of("caseId", caseId, TabbedPage.TAB_PARAMETER, tab));
    }
}
