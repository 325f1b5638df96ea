package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's instruments page: every instrument with its status, and the licence switch. */
class InstrumentsAdminViewTests extends FollowUpUiTestSupport {

    private String row(String id) {
        return _get(NativeTableRow.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void theAdministratorSeesEveryInstrumentAndSwitchesALicensedOneOnWithItsReferenceAndOffAgain() {
        f.signIn(context, f.administrator);
        UI.getCurrent().navigate("admin/instrument");

        assertThat(row("instrument-AUDIT-1")).contains("AUDIT").contains("Krävs inte").contains("På");
        assertThat(row("instrument-DUDIT-1")).contains("På");
        assertThat(row("instrument-ASI-1")).contains("På");
        assertThat(row("instrument-GOAL-1")).contains("Måluppfyllelse");
        assertThat(row("instrument-ORS-1")).contains("Krävs").contains("Av");
        assertThat(row("instrument-SRS-1")).contains("Krävs").contains("Av");

        _click(_get(Button.class, spec -> spec.withId("instrument-SRS-state")));
        _click(_get(Button.class, spec -> spec.withId("instrument-licence-save")));
        assertThat(_get(Div.class, spec -> spec.withId("instrument-licence-problems")).getElement()
                .getTextRecursively()).contains("Licensens referens");
        _setValue(_get(TextField.class, spec -> spec.withId("instrument-licence-reference")), "Avtal 2026-117");
        _click(_get(Button.class, spec -> spec.withId("instrument-licence-save")));
        try {
            assertThat(row("instrument-SRS-1")).contains("På").contains("Licens angiven av Ada Admin")
                    .contains("Avtal 2026-117");
        } finally {
            _click(_get(Button.class, spec -> spec.withId("instrument-SRS-withdraw")));
        }
        assertThat(row("instrument-SRS-1")).contains("Av").contains("Avslaget av Ada Admin");
    }

    @Test
    void aCaseworkerCannotOpenThePage() {
        f.signIn(context, f.caseworker);
        UI.getCurrent().navigate("admin/instrument");

        assertThat(_find(NativeTableRow.class, spec -> spec.withId("instrument-AUDIT-1"))).isEmpty();
    }
}
