package se.vardkedjan.followup.ui;

import org.junit.jupiter.api.BeforeEach;
import se.vardkedjan.BrowserlessAppTest;
import se.vardkedjan.ProviderAssignmentFixture;

/**
 * What follow-up's browserless UI tests share: the app's browserless set-up ({@link BrowserlessAppTest}) and a way to
 * make a decided case of the fixture's unit through the facades.
 */
abstract class FollowUpUiTestSupport extends BrowserlessAppTest {

    ProviderAssignmentFixture cases;

    @BeforeEach
    void caseFixture() {
        cases = new ProviderAssignmentFixture(context, today);
    }
}
