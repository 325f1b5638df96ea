package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which versions of a released entry the client's journal shows, with and without their choice to hide new ones. */
class ShownToClientTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private static final Instant SIGNED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Author ANNA = new Author("anna", "Anna Lind");

    private static JournalEntry signedOn(Instant at) {
        var entry = JournalEntry.draft(CaseId.random(), TODAY.minusDays(10), "Samtal", "Klienten berättade.", ANNA,
                TODAY.minusDays(30), TODAY, at.minusSeconds(60));
        entry.sign(ANNA, at);
        return entry;
    }

    @Test
    void withNothingHiddenEverySignedVersionIsShownTheFirstFirst() {
        var first = signedOn(SIGNED);
        var correction = first.correct("Klienten berättade om veckan.", "Förtydligande", ANNA,
                SIGNED.plusSeconds(3600));

        assertThat(ShownToClient.versions(List.of(correction, first), null)).containsExactly(first, correction);
    }

    @Test
    void anEntrySignedAfterTheHideInstantIsNotShownAtAll() {
        var entry = signedOn(SIGNED);

        assertThat(ShownToClient.versions(List.of(entry), SIGNED.minusSeconds(1))).isEmpty();
        assertThat(ShownToClient.versions(List.of(entry), SIGNED)).as("signed at the instant itself: shown")
                .containsExactly(entry);
    }

    @Test
    void aCorrectionSignedAfterTheHideInstantIsNotShownYetAndTheVersionBeforeItIs() {
        var first = signedOn(SIGNED);
        var correction = first.correct("Klienten berättade om veckan.", "Förtydligande", ANNA,
                SIGNED.plusSeconds(86_400));

        assertThat(ShownToClient.versions(List.of(first, correction), SIGNED.plusSeconds(3600)))
                .containsExactly(first);
    }

    @Test
    void aDraftIsNeverShown() {
        var draft = JournalEntry.draft(CaseId.random(), TODAY, "Utkast", "Ej klart.", ANNA, TODAY.minusDays(30),
                TODAY, SIGNED);

        assertThat(ShownToClient.versions(List.of(draft), null)).isEmpty();
    }
}
