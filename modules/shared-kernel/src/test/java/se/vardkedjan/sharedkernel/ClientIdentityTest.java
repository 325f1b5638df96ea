package se.vardkedjan.sharedkernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientIdentityTest {

    @Test
    void itsTextNeverShowsTheNumber() {
        var identity = new ClientIdentity("199001012385");

        assertThat(identity.toString()).doesNotContain("199001012385").doesNotContain("2385");
        assertThat(identity.personalNumber()).isEqualTo("199001012385");
    }

    @Test
    void onlyTwelveDigitsAreAnIdentity() {
        assertThatThrownBy(() -> new ClientIdentity("9001012385")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("9001012385");
        assertThatThrownBy(() -> new ClientIdentity("19900101-2385")).isInstanceOf(IllegalArgumentException.class);
    }
}
