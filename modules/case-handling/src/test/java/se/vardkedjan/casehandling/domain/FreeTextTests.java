package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

class FreeTextTests {

    @Test
    void aSearchTermWithAControlCharacterOrTooLongIsRefusedBeforeAnyQuery() {
        assertThatThrownBy(() -> FREE_TEXT.searchTerm("casehandling.staff.search.label", "Anna\u0000", 100))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-control-characters"));
        assertThatThrownBy(() -> FREE_TEXT.searchTerm("casehandling.staff.search.label", "a".repeat(101), 100))
                .isInstanceOfSatisfying(RuleViolation.class, e ->
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.text-too-long"));
    }

    @Test
    void aSearchTermIsStrippedBlankIsNoTermAndMarkupIsOnlyCompared() {
        assertThat(FREE_TEXT.searchTerm("f", "  Anna Ek ", 100)).isEqualTo("Anna Ek");
        assertThat(FREE_TEXT.searchTerm("f", "   ", 100)).isNull();
        assertThat(FREE_TEXT.searchTerm("f", "<b>x</b>", 100)).isEqualTo("<b>x</b>");
    }

    @Test
    void aMessageRepeatsWhatWasTypedOnlyWhenItIsShortAndPlain() {
        assertThat(FreeText.shownBack(" nord-beroende ")).isEqualTo("nord-beroende");
        assertThat(FreeText.shownBack("<script>alert(1)</script>")).isEqualTo("…");
        assertThat(FreeText.shownBack("a<b")).isEqualTo("…");
        assertThat(FreeText.shownBack("Text\u001b[2J")).isEqualTo("…");
        assertThat(FreeText.shownBack("x".repeat(41))).isEqualTo("…");
        assertThat(FreeText.shownBack(null)).isEmpty();
    }
}
