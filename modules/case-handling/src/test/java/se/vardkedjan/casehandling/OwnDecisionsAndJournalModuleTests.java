package se.vardkedjan.casehandling;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.vardkedjan.TestActors;
import se.vardkedjan.TestClients;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Mina beslut" and "Min journal" through {@link OwnFile} (ADR 0028, issue 12 slice 2): a client reads the decisions
 * made in their case and downloads the same PDF staff send, reads the journal entries released to them (corrections
 * shown as such, nothing unreleased, not even counted) and adds their own view to an entry, which the caseworker sees;
 * another client gets none of it by any id, refused as unknown and recorded.
 */
@CaseHandlingModuleTest
class OwnDecisionsAndJournalModuleTests {

    private static final LocalDate TODAY = LocalDate.now();

    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final Journal journal;
    private final OwnFile ownFile;
    private final JdbcClient jdbc;

    OwnDecisionsAndJournalModuleTests(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                                      Decisions decisions, Journal journal, OwnFile ownFile, JdbcClient jdbc) {
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.journal = journal;
        this.ownFile = ownFile;
        this.jdbc = jdbc;
    }

    /**
     * A client with a decided case: a decision (outpatient care granted, a contact person refused), a proposal not
     * yet approved, a released entry that was corrected, a released entry, an unreleased one and one whose release was
     * withdrawn.
     */
    private record Client(String number, CaseId caseId, Actor caseworker, DecisionId decision, DecisionId proposal,
                          JournalEntryId corrected, JournalEntryId released, JournalEntryId unreleased,
                          JournalEntryId withdrawn) {
    }

    private Client client() {
        var unit = PlanFixtures.newUnit(jdbc);
        var caseworker = TestFixtures.registerStaffOfUnits(jdbc, TestFixtures.caseworker(unit), "Hanna Handläggare");
        TestActors.signIn(caseworker);
        var number = TestFixtures.personalNumber();
        var person = register.register(TestFixtures.person(number, "Klara", "Klient"));
        var caseId = caseHandling.registerIntake(TestFixtures.application(person, unit)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", TODAY,
                TODAY.plusMonths(4));
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(TODAY, TODAY));
        var proposal = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.RESIDENTIAL, TODAY))).id();
        var decision = decisions.decide(DecisionFixtures.decision(caseId, TODAY,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, TODAY),
                DecisionFixtures.refused(InterventionType.CONTACT_PERSON, "Behovet möts av öppenvården."))).id();

        var first = journal.writeSigned(caseId, new JournalText(TODAY, "Samtal", "Klienten var trött."));
        var corrected = journal.correct(first, "Klienten var trött efter nattarbete.", "Förtydligande");
        journal.release(corrected, true);
        var released = journal.writeSigned(caseId, new JournalText(TODAY, "Hembesök", "Vi gick igenom veckan."));
        journal.release(released, true);
        var unreleased = journal.writeSigned(caseId, new JournalText(TODAY, "Samtal med syster", "Systern oroar sig."));
        var withdrawn = journal.writeSigned(caseId, new JournalText(TODAY, "Telefonsamtal", "Bokade ny tid."));
        journal.release(withdrawn, true);
        journal.revokeRelease(withdrawn);
        TestActors.signOut();
        return new Client(number, caseId, caseworker, decision, proposal, corrected, released, unreleased, withdrawn);
    }

    @Test
    void aClientReadsTheDecisionsMadeInTheirCaseAndDownloadsTheSameDocumentStaffSend() {
        var client = client();
        var signedIn = TestClients.signInClient(client.number());

        var own = ownFile.decisions();
        var pdf = ownFile.decisionDocument(client.decision());

        assertThat(own).as("made decisions only, not the proposal").singleElement().satisfies(decision -> {
            assertThat(decision.id()).isEqualTo(client.decision());
            assertThat(decision.decidedOn()).isEqualTo(TODAY);
            assertThat(decision.decidedByName()).isEqualTo("Hanna Handläggare");
            assertThat(decision.decidedInRoleKey()).isEqualTo("casehandling.decision.delegation.caseworker");
            assertThat(decision.informedBy()).isEqualTo(CommunicationChannel.MEETING);
            assertThat(decision.appealable()).isTrue();
            assertThat(decision.items()).extracting(item -> item.outcome())
                    .containsExactly(DecisionOutcome.GRANTED, DecisionOutcome.REFUSED);
            assertThat(decision.items().get(1).reasons()).isEqualTo("Behovet möts av öppenvården.");
            assertThat(decision.items().get(1).legalBasis().code()).isEqualTo("SOL-11-1");
        });
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(ownFile.decision(client.decision()).id()).isEqualTo(client.decision());
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || purpose || ' ' || access_kind FROM accesslog.access_log
                        WHERE case_id = ? AND actor_subject = ? ORDER BY id""")
                .params(client.caseId().value(), signedIn.subject()).query(String.class).list())
                .containsExactly("DECISION OWN_FILE READ", "DECISION_DOCUMENT OWN_FILE READ", "DECISION OWN_FILE READ");

        TestActors.signIn(client.caseworker());
        assertThat(decisions.decisionDocument(client.decision())).as("the document staff send").hasSize(pdf.length);
    }

    @Test
    void anotherClientGetsNoDecisionOrDocumentByIdAndTheAttemptsAreRecorded() {
        var a = client();
        var b = client();
        var intruder = TestClients.signInClient(b.number());

        assertThatThrownBy(() -> ownFile.decisionDocument(a.decision())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.decision(a.decision())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.decisionDocument(b.proposal())).as("not made yet: not shown even to B")
                .isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("""
                        SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? ORDER BY id""").param(intruder.subject()).query(String.class).list())
                .containsExactly("DECISION " + a.decision() + " UNKNOWN_TARGET",
                        "DECISION " + a.decision() + " UNKNOWN_TARGET", "DECISION " + b.proposal() + " UNKNOWN_TARGET");
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_subject = ?")
                .params(a.caseId().value(), intruder.subject()).query(Integer.class).single()).isZero();
        assertThat(ownFile.decisions()).extracting(d -> d.id()).as("B reads B's own").containsExactly(b.decision());
    }

    @Test
    void aClientReadsOnlyTheEntriesReleasedToThemNewestVersionFirstWithTheCorrectionShown() {
        var client = client();
        TestClients.signInClient(client.number());

        var own = ownFile.journal().orElseThrow();

        assertThat(own.mayAddViews()).isTrue();
        assertThat(own.entries()).extracting(e -> e.id())
                .containsExactlyInAnyOrder(client.corrected(), client.released());
        assertThat(own.entries()).filteredOn(e -> e.id().equals(client.corrected())).singleElement().satisfies(e -> {
            assertThat(e.corrected()).isTrue();
            assertThat(e.text()).isEqualTo("Klienten var trött efter nattarbete.");
            assertThat(e.correctionReason()).isEqualTo("Förtydligande");
            assertThat(e.earlier()).singleElement().satisfies(earlier -> {
                assertThat(earlier.text()).isEqualTo("Klienten var trött.");
                assertThat(earlier.correctionReason()).isEqualTo("Förtydligande");
                assertThat(earlier.correctedAt()).isEqualTo(e.correctedAt());
            });
        });
        assertThat(own.entries()).filteredOn(e -> e.id().equals(client.released())).singleElement()
                .satisfies(e -> assertThat(e.corrected()).isFalse());
        assertThat(own.entries()).extracting(e -> e.text()).doesNotContain("Systern oroar sig.", "Bokade ny tid.");
    }

    @Test
    void aViewTheClientAddsIsKeptBesideTheEntryMarkedAsTheirsAndTheCaseworkerSeesIt() {
        var client = client();
        var signedIn = TestClients.signInClient(client.number());

        ownFile.addViewToEntry(client.corrected(), "Jag var inte trött, jag var ledsen.");

        assertThat(ownFile.journal().orElseThrow().entries()).filteredOn(e -> e.id().equals(client.corrected()))
                .singleElement().satisfies(e -> assertThat(e.views()).singleElement().satisfies(view -> {
                    assertThat(view.text()).isEqualTo("Jag var inte trött, jag var ledsen.");
                    assertThat(view.writtenInPortal()).isTrue();
                    assertThat(view.on()).isEqualTo(TODAY);
                }));
        assertThat(jdbc.sql("""
                        SELECT what || ' ' || access_kind FROM accesslog.access_log
                        WHERE case_id = ? AND actor_subject = ? AND access_kind = 'CHANGE'""")
                .params(client.caseId().value(), signedIn.subject()).query(String.class).list())
                .containsExactly("JOURNAL_ENTRY_CLIENT_VIEW CHANGE");
        assertThatThrownBy(() -> ownFile.addViewToEntry(client.released(), " ")).isInstanceOf(RuleViolation.class);

        TestActors.signIn(client.caseworker());
        assertThat(journal.entry(client.corrected()).objections()).singleElement().satisfies(objection -> {
            assertThat(objection.writtenByClient()).isTrue();
            assertThat(objection.text()).isEqualTo("Jag var inte trött, jag var ledsen.");
        });
    }

    @Test
    void noViewOnAnEntryNotReleasedOrAnotherClientsAndTheAttemptsAreRecordedAsUnknown() {
        var a = client();
        var b = client();
        var intruder = TestClients.signInClient(b.number());

        assertThatThrownBy(() -> ownFile.addViewToEntry(a.released(), "Min åsikt.")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.addViewToEntry(b.unreleased(), "Min åsikt.")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ownFile.addViewToEntry(b.withdrawn(), "Min åsikt.")).isInstanceOf(AccessDenied.class);

        assertThat(jdbc.sql("""
                        SELECT target_kind || ' ' || target_id || ' ' || reason FROM accesslog.security_events
                        WHERE actor_subject = ? ORDER BY id""").param(intruder.subject()).query(String.class).list())
                .containsExactly("JOURNAL_ENTRY " + a.released() + " UNKNOWN_TARGET",
                        "JOURNAL_ENTRY " + b.unreleased() + " UNKNOWN_TARGET",
                        "JOURNAL_ENTRY " + b.withdrawn() + " UNKNOWN_TARGET");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM casehandling.journal_objections o
                        JOIN casehandling.journal_entries e ON e.id = o.version_id WHERE e.case_id IN (?, ?)""")
                .params(a.caseId().value(), b.caseId().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM accesslog.access_log WHERE case_id = ? AND actor_subject = ?")
                .params(a.caseId().value(), intruder.subject()).query(Integer.class).single()).isZero();
    }

    @Test
    void aWithdrawnReleaseTakesTheEntryAwayAgain() {
        var client = client();
        TestClients.signInClient(client.number());
        assertThat(ownFile.journal().orElseThrow().entries()).extracting(e -> e.id()).contains(client.released());

        TestActors.signIn(client.caseworker());
        journal.revokeRelease(client.released());

        TestClients.signInClient(client.number());
        assertThat(ownFile.journal().orElseThrow().entries()).extracting(e -> e.id())
                .containsExactly(client.corrected());
    }

    @Test
    void aClientWithoutACaseHasNoDecisionsAndNoJournal() {
        TestClients.signInClient(TestFixtures.personalNumber());
        assertThat(ownFile.decisions()).isEmpty();
        assertThat(ownFile.journal()).isEmpty();
    }

    @Test
    void staffNeverCallTheClientsDecisionAndJournalMethods() {
        var client = client();

        TestClients.signInWithIdentity(client.caseworker(), client.number());
        assertThatThrownBy(ownFile::decisions).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> ownFile.decisionDocument(client.decision()))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(ownFile::journal).isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
        assertThatThrownBy(() -> ownFile.addViewToEntry(client.released(), "Staff writing as the client."))
                .isInstanceOfAny(AccessDenied.class, AccessDeniedException.class);
    }
}
