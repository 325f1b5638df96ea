package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class JournalEntryTests {

    private static final LocalDate INTAKE = LocalDate.of(2026, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private static final Instant NOW = Instant.parse("2026-03-05T10:15:00Z");
    private static final Author ANNA = new Author("anna", "Anna Lind");
    private static final Author BO = new Author("bo", "Bo Berg");

    private static JournalEntry draft() {
        return JournalEntry.draft(CaseId.random(), TODAY.minusDays(1), "Hembesök", "Klienten berättade om veckan.",
                ANNA, INTAKE, TODAY, NOW);
    }

    private static JournalEntry signed() {
        var entry = draft();
        entry.sign(ANNA, NOW.plusSeconds(60));
        return entry;
    }

    private static String keyOf(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.messageKey();
        }
        throw new AssertionError("No rule violation");
    }

    @Test
    void theEventDateIsNeitherInTheFutureNorBeforeTheIntake() {
        assertThat(keyOf(() -> JournalEntry.draft(CaseId.random(), TODAY.plusDays(1), "T", "Text", ANNA, INTAKE,
                TODAY, NOW))).isEqualTo("casehandling.error.date-in-future");
        assertThat(keyOf(() -> JournalEntry.draft(CaseId.random(), INTAKE.minusDays(1), "T", "Text", ANNA, INTAKE,
                TODAY, NOW))).isEqualTo("casehandling.error.dates-in-wrong-order");
        assertThat(keyOf(() -> JournalEntry.draft(CaseId.random(), TODAY, "Två\nrader", "Text", ANNA, INTAKE,
                TODAY, NOW))).isEqualTo("casehandling.error.text-single-line");
    }

    @Test
    void aDraftIsEditedOnlyByItsAuthor() {
        var entry = draft();

        entry.revise(TODAY, "Hembesök hos klienten", "Ny text.", ANNA, INTAKE, TODAY);
        assertThat(entry.title()).isEqualTo("Hembesök hos klienten");
        assertThat(keyOf(() -> entry.revise(TODAY, "X", "Y", BO, INTAKE, TODAY)))
                .isEqualTo("casehandling.journal.error.not-author");
        assertThat(keyOf(() -> entry.checkDeletableBy(BO))).isEqualTo("casehandling.journal.error.not-author");
    }

    @Test
    void aSignedEntryCannotBeEditedSignedAgainOrDeleted() {
        var entry = signed();

        assertThat(entry.signedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(keyOf(() -> entry.revise(TODAY, "Ändrad", "Ändrad text", ANNA, INTAKE, TODAY)))
                .isEqualTo("casehandling.journal.error.signed-never-changes");
        assertThat(keyOf(() -> entry.sign(ANNA, NOW.plusSeconds(120))))
                .isEqualTo("casehandling.journal.error.signed-never-changes");
        assertThat(keyOf(() -> entry.checkDeletableBy(ANNA)))
                .isEqualTo("casehandling.journal.error.signed-never-changes");
        assertThat(entry.text()).isEqualTo("Klienten berättade om veckan.");
        assertThat(entry.signedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aCorrectionIsANewSignedVersionAndKeepsTheOriginal() {
        var original = signed();

        var correction = original.correct("Klienten berättade om förra veckan.", "Fel vecka angiven", BO,
                NOW.plusSeconds(3600));

        assertThat(original.text()).isEqualTo("Klienten berättade om veckan.");
        assertThat(original.author()).isEqualTo(ANNA);
        assertThat(correction.id()).isNotEqualTo(original.id());
        assertThat(correction.originalId()).isEqualTo(original.id());
        assertThat(correction.versionNumber()).isEqualTo(2);
        assertThat(correction.author()).isEqualTo(BO);
        assertThat(correction.signedAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(correction.correctionReason()).isEqualTo("Fel vecka angiven");
        assertThat(correction.eventDate()).isEqualTo(original.eventDate());
        assertThat(correction.title()).isEqualTo(original.title());
    }

    @Test
    void onlyASignedEntryIsCorrectedAndACorrectionNeedsAReason() {
        assertThat(keyOf(() -> draft().correct("Ny", "Skäl", ANNA, NOW)))
                .isEqualTo("casehandling.journal.error.not-signed");
        assertThat(keyOf(() -> signed().correct("Ny text", " ", ANNA, NOW)))
                .isEqualTo("casehandling.error.text-required");
        assertThat(keyOf(() -> signed().correct("Klienten berättade om veckan.", "Skäl", ANNA, NOW)))
                .isEqualTo("casehandling.journal.error.correction-unchanged");
    }

    @Test
    void anObjectionIsAddedBesideTheEntryWhichStaysUnchanged() {
        var entry = signed();

        var objection = entry.objection("Jag sa aldrig det.", TODAY, BO, TODAY);

        assertThat(objection.originalId()).isEqualTo(entry.originalId());
        assertThat(objection.versionId()).isEqualTo(entry.id());
        assertThat(entry.text()).isEqualTo("Klienten berättade om veckan.");
        assertThat(entry.version()).isZero();
        assertThat(keyOf(() -> draft().objection("Nej", TODAY, BO, TODAY)))
                .isEqualTo("casehandling.journal.error.not-signed");
        assertThat(keyOf(() -> entry.objection("Nej", TODAY.plusDays(1), BO, TODAY)))
                .isEqualTo("casehandling.error.date-in-future");
    }

    @Test
    void releaseNeedsASignedEntryAndTheConfidentialityCheck() {
        assertThat(keyOf(() -> signed().checkReleasable(false)))
                .isEqualTo("casehandling.journal.error.confidentiality-check-required");
        assertThat(keyOf(() -> draft().checkReleasable(true))).isEqualTo("casehandling.journal.error.not-signed");
        signed().checkReleasable(true);
    }
}
