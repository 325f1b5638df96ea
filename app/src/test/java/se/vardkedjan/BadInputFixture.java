package se.vardkedjan;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import se.vardkedjan.casehandling.ActivityInput;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CarePlanId;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlans;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.GoalInput;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalEntryId;
import se.vardkedjan.casehandling.JournalText;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.NewParticipant;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectedCases;
import se.vardkedjan.casehandling.ProtectedIdentities;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.ProtectionProposalId;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The records the bad-input tests aim at, made once per test JVM through the facades: a unit with its staff, cases in
 * every state a staff form needs (intake, investigation, decided with decisions, a care plan, a journal and a SIP, an
 * agreed care plan, a protected case), a protected person with a proposal waiting for a second person, and users of
 * every role. The tests never change them: each attempt runs in a transaction that is rolled back.
 */
public final class BadInputFixture {

    public static final String UNIT = "fel-nord";
    public static final String SPARE_UNIT = "fel-reserv";

    /** A signed-in user as the realm would describe them. */
    public record User(String username, String name, List<String> roles, List<String> units,
                       List<String> organisations) {

        @Override
        public String toString() {
            return roles.getFirst();
        }
    }

    private static BadInputFixture made;

    public final User caseworker = new User("fel-hl", "Hanna Handläggare", List.of(Roles.CASEWORKER), List.of(UNIT),
            List.of());
    public final User colleague = new User("fel-hl2", "Kalle Kollega", List.of(Roles.CASEWORKER), List.of(UNIT),
            List.of());
    public final User manager = new User("fel-chef", "Karin Chef", List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER),
            List.of(UNIT), List.of());
    public final User otherManager = new User("fel-chef2", "Maja Chef",
            List.of(Roles.UNIT_MANAGER, Roles.CASEWORKER), List.of(UNIT), List.of());
    public final User administrator = new User("fel-admin", "Ada Admin", List.of(Roles.ADMINISTRATOR), List.of(),
            List.of());
    public final User regionParticipant = new User("fel-region", "Rune Region", List.of(Roles.REGION_PARTICIPANT),
            List.of(), List.of());
    public final User providerStaff = new User("fel-utforare", "Ulla Utförare", List.of(Roles.PROVIDER_STAFF),
            List.of(), List.of("fel-hvb"));
    public final User client = new User("fel-klient", "Klara Klient", List.of(Roles.CLIENT), List.of(), List.of());
    public final User analyst = new User("fel-analytiker", "Anders Analytiker", List.of(Roles.ANALYST), List.of(),
            List.of());

    public final LocalDate today;
    /** A valid personal number nobody has. */
    public final String unusedNumber;
    /** A person without cases. */
    public PersonId plainPerson;
    public String plainPersonNumber;

    public CaseId intakeCase;
    public PersonId intakePerson;
    public String intakePersonNumber;
    public LocalDate intakeReceivedOn;

    public CaseId investigationCase;
    public LocalDate investigationReceivedOn;
    public LocalDate investigationAssessedOn;
    public LocalDate investigationStartedOn;

    public CaseId decidedCase;
    public LocalDate decidedReceivedOn;
    public LocalDate decidedInvestigationStartedOn;
    public DecisionId decidedDecision;
    public InterventionId grantedIntervention;
    public LocalDate grantedStartsOn;
    public DecisionId proposedDecision;
    public LocalDate proposedOn;
    public CarePlanId draftPlan;
    public LocalDate draftPlanDate;
    public JournalEntryId draftEntry;
    public JournalEntryId signedEntry;
    public LocalDate signedEntryEventDate;
    public CoordinatedPlanId sip;
    public LocalDate sipConsentGivenOn;
    public LocalDate sipPlanDate;

    public CaseId agreedPlanCase;
    public CarePlanId agreedPlan;
    public LocalDate agreedPlanDate;

    public CaseId protectedCase;
    public PersonId protectedPerson;
    public String protectedPersonNumber;
    public PersonId pendingPerson;
    public ProtectionProposalId pendingProposal;
    public Long accessLogEntry;

    private final Set<String> announced = new HashSet<>();

    private BadInputFixture(LocalDate today) {
        this.today = today;
        this.unusedNumber = KaribuVaadin.personalNumber();
    }

    /** The fixture, made at the first call in this JVM. */
    public static synchronized BadInputFixture of(ApplicationContext context) {
        if (made == null) {
            var fixture = new BadInputFixture(LocalDate.now(context.getBean(Clock.class)));
            KaribuVaadin.useSecurityOf(context);
            MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
            try {
                UI.getCurrent().setLocale(Locale.of("sv"));
                fixture.make(context);
            } finally {
                MockVaadin.tearDown();
                SecurityContextHolder.clearContext();
            }
            made = fixture;
        }
        return made;
    }

    /** Every user of the fixture. */
    public List<User> users() {
        return List.of(caseworker, colleague, manager, otherManager, administrator, regionParticipant, providerStaff,
                client, analyst);
    }

    /** A user of each role, for opening views. */
    public User withRole(String role) {
        return switch (role) {
            case Roles.CASEWORKER -> caseworker;
            case Roles.UNIT_MANAGER -> manager;
            case Roles.ADMINISTRATOR -> administrator;
            case Roles.REGION_PARTICIPANT -> regionParticipant;
            case Roles.PROVIDER_STAFF -> providerStaff;
            case Roles.CLIENT -> client;
            case Roles.ANALYST -> analyst;
            default -> throw new IllegalArgumentException("No fixture user with the role " + role);
        };
    }

    /**
     * Signs the user in to the mock UI as Spring Security's OIDC login leaves them (subject {@code subject-<username>});
     * the first time in this JVM the login is also announced, so that the account register binds the username.
     */
    public void signIn(ApplicationContext context, User user) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(600), Map.of(
                "sub", "subject-" + user.username(), "name", user.name(), "preferred_username", user.username(),
                "roles", user.roles(), "units", user.units(), "provider_organisations", user.organisations()));
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new OidcUserAuthority(token));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        user.units().forEach(unit -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit)));
        user.organisations().forEach(org -> authorities.add(new SimpleGrantedAuthority("PROVIDER_ORGANISATION_" + org)));
        var authentication = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities,
                "staff");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        context.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(strategy -> strategy.setContext(new SecurityContextImpl(authentication)));
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.roles().contains(role));
        if (announced.add(user.username())) {
            context.publishEvent(new AuthenticationSuccessEvent(authentication));
        }
    }

    private void make(ApplicationContext context) {
        var jdbc = context.getBean(JdbcClient.class);
        var register = context.getBean(PersonRegister.class);
        var caseHandling = context.getBean(CaseHandling.class);
        var investigations = context.getBean(Investigations.class);
        var decisions = context.getBean(Decisions.class);
        var carePlans = context.getBean(CarePlans.class);
        var journal = context.getBean(Journal.class);
        var plans = context.getBean(CoordinatedPlans.class);
        var protectedCases = context.getBean(ProtectedCases.class);
        var protectedIdentities = context.getBean(ProtectedIdentities.class);

        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('fel-d', 'Felinmatning') "
                + "ON CONFLICT DO NOTHING").update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) VALUES (?, 'fel-d', 'Beroende Fel'), "
                + "(?, 'fel-d', 'Reservenheten') ON CONFLICT DO NOTHING").params(UNIT, SPARE_UNIT).update();
        for (var staff : List.of(caseworker, colleague, manager, otherManager)) {
            jdbc.sql("INSERT INTO organisation.staff_members (username, display_name) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING").params(staff.username(), staff.name()).update();
            jdbc.sql("INSERT INTO organisation.staff_units (username, unit_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(staff.username(), UNIT).update();
        }
        for (var user : users()) {
            if (user != regionParticipant) {
                signIn(context, user);
            }
        }

        signIn(context, caseworker);
        plainPersonNumber = KaribuVaadin.personalNumber();
        plainPerson = register.register(person(plainPersonNumber, "Petra", "Plain", ProtectionLevel.NONE));

        // A case just received: the preliminary assessment, assignment and closing forms.
        intakeReceivedOn = today.minusDays(10);
        intakePersonNumber = KaribuVaadin.personalNumber();
        intakePerson = register.register(person(intakePersonNumber, "Ivar", "Intag", ProtectionLevel.NONE));
        intakeCase = intake(caseHandling, intakePerson, intakeReceivedOn);

        // A case under investigation, with a draft that has a source, a child and a relative.
        investigationReceivedOn = today.minusDays(20);
        investigationAssessedOn = today.minusDays(19);
        investigationStartedOn = today.minusDays(18);
        investigationCase = intake(caseHandling, register.register(person(KaribuVaadin.personalNumber(), "Ulla",
                "Utreds", ProtectionLevel.NONE)), investigationReceivedOn);
        caseHandling.assess(investigationCase, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                investigationAssessedOn, today.plusDays(100));
        investigations.saveDraft(investigationCase, 0, new InvestigationContent(investigationStartedOn, "Alkohol",
                List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal med klienten",
                        investigationStartedOn)),
                List.of(), List.of(new InvestigationContent.Child(today.getYear() - 8, "Dotter", "Bor hos mamma",
                        "Behöver stöd i skolan.", null)),
                List.of(new InvestigationContent.Relative("Eva Ek", "Syster", "070-123 45 67", true)),
                new InvestigationContent.Participation(ParticipationMode.MEETING, "Jag vill ha hjälp."),
                null, null, null));

        // A decided case: a decision in force with a granted intervention, a proposal waiting for the unit manager,
        // a draft care plan, a draft and a signed journal entry, and a SIP with participants.
        decidedReceivedOn = today.minusDays(40);
        decidedInvestigationStartedOn = today.minusDays(38);
        decidedCase = intake(caseHandling, register.register(person(KaribuVaadin.personalNumber(), "Bo", "Beslut",
                ProtectionLevel.NONE)), decidedReceivedOn);
        grantedStartsOn = today.minusDays(15);
        var decided = investigatedAndDecided(caseHandling, investigations, decisions, decidedCase, today.minusDays(39),
                decidedInvestigationStartedOn, grantedStartsOn);
        decidedDecision = decided.id();
        grantedIntervention = decided.items().getFirst().id();
        proposedOn = today.minusDays(5);
        var proposed = decisions.decide(new DecideInterventions(decidedCase, proposedOn, List.of(
                new DecideInterventions.Item(InterventionType.RESIDENTIAL, DecisionOutcome.GRANTED,
                        "Behandlingshem sex månader", today, null, "SOL-11-1", null)), null, null));
        if (proposed.status() != DecisionStatus.PROPOSED) {
            throw new IllegalStateException("Residential care should need the unit manager: " + proposed.status());
        }
        proposedDecision = proposed.id();
        draftPlanDate = today.minusDays(6);
        draftPlan = carePlans.draft(decidedCase, draftPlanDate);
        carePlans.setGoal(draftPlan, 0, new GoalInput("Jag vill sova bättre.", "Sömndagbok", today.plusDays(30)));
        carePlans.planActivity(draftPlan, 1, new ActivityInput("Samtal", ActivityPerformer.MUNICIPALITY,
                "Varannan vecka"));
        signedEntryEventDate = today.minusDays(3);
        signedEntry = journal.writeSigned(decidedCase, new JournalText(signedEntryEventDate, "Signerat samtal",
                "Samtal om boendet."));
        draftEntry = journal.draft(decidedCase, new JournalText(today.minusDays(2), "Utkast om besök",
                "Besök i hemmet."));
        sipConsentGivenOn = today.minusDays(4);
        sipPlanDate = today.minusDays(3);
        sip = plans.create(decidedCase, sipConsentGivenOn, ConsentForm.ORAL, sipPlanDate);
        plans.addParticipant(sip, 0, NewParticipant.municipal(colleague.username(), null, "socialsekreterare"));
        plans.addParticipant(sip, 1, NewParticipant.region("Rune Region", "Region Exempel", "Beroendemottagningen",
                "läkare", regionParticipant.username()));

        // A decided case with an agreed care plan: the revision form.
        agreedPlanDate = today.minusDays(8);
        agreedPlanCase = intake(caseHandling, register.register(person(KaribuVaadin.personalNumber(), "Alva",
                "Avtal", ProtectionLevel.NONE)), today.minusDays(14));
        investigatedAndDecided(caseHandling, investigations, decisions, agreedPlanCase, today.minusDays(13),
                today.minusDays(12), today.minusDays(10));
        agreedPlan = carePlans.draft(agreedPlanCase, agreedPlanDate);
        carePlans.setGoal(agreedPlan, 0, new GoalInput("Jag vill ha ett arbete.", "Anställning", today.plusDays(60)));
        carePlans.recordAgreement(agreedPlan, 1, today.minusDays(7), AgreementChannel.MEETING);

        // A protected person's case with the caseworker named on it, and another protected person for whom a second
        // unit manager proposed lifting the protection.
        protectedPersonNumber = KaribuVaadin.personalNumber();
        protectedPerson = register.register(person(protectedPersonNumber, "Dolores", "Dold",
                ProtectionLevel.PROTECTED_REGISTRATION));
        protectedCase = intake(caseHandling, protectedPerson, today.minusDays(5));
        var pendingNumber = KaribuVaadin.personalNumber();
        pendingPerson = register.register(person(pendingNumber, "Vera", "Väntar", ProtectionLevel.CONFIDENTIALITY_MARKING));
        intake(caseHandling, pendingPerson, today.minusDays(5));

        signIn(context, manager);
        protectedCases.nameStaff(protectedCase, caseworker.username(), "Ansvarig för utredningen.");
        signIn(context, otherManager);
        var status = protectedIdentities.find(pendingNumber);
        pendingProposal = protectedIdentities.propose(pendingPerson, status.version(), ProtectionLevel.NONE,
                "Markeringen har upphört enligt Skatteverket.");

        // The region participant signs in after being added, so that the SIP's read grant is bound to them.
        signIn(context, regionParticipant);
        accessLogEntry = jdbc.sql("SELECT max(id) FROM accesslog.access_log").query(Long.class).single();
        SecurityContextHolder.clearContext();
    }

    /** Opens an investigation, completes it and decides outpatient care, granted from {@code startsOn}. */
    private se.vardkedjan.casehandling.readmodel.DecisionView investigatedAndDecided(CaseHandling caseHandling,
            Investigations investigations, Decisions decisions, CaseId caseId, LocalDate assessedOn,
            LocalDate startedOn, LocalDate startsOn) {
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.", assessedOn,
                today.plusDays(80));
        var needs = Arrays.stream(LifeArea.values()).map(area -> new InvestigationContent.Need(area, 3, null, null))
                .toList();
        investigations.saveAndComplete(caseId, 0, new InvestigationContent(startedOn, "Alkohol",
                List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal", startedOn)), needs, List.of(),
                List.of(), new InvestigationContent.Participation(ParticipationMode.MEETING, "Jag vill ha hjälp."),
                "Behov av stöd.", "Öppenvård.", new InvestigationContent.Communication(startsOn,
                CommunicationChannel.MEETING, null),
                ChildrenAnswer.NO_CHILDREN, RelativesAnswer.NONE));
        return decisions.decide(new DecideInterventions(caseId, startsOn, List.of(
                new DecideInterventions.Item(InterventionType.OUTPATIENT, DecisionOutcome.GRANTED,
                        "Samtal varannan vecka", startsOn, null, "SOL-11-1", null)),
                CommunicationChannel.MEETING, startsOn));
    }

    private static RegisterPerson person(String number, String given, String family, ProtectionLevel protection) {
        return new RegisterPerson(number, null, null, given, family, null, null,
                protection.isProtected() ? "Hemlig väg 1" : "Storgatan 1", "123 45", "Exempelstad", protection);
    }

    private static CaseId intake(CaseHandling caseHandling, PersonId person, LocalDate receivedOn) {
        return caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(UNIT), IntakeKind.APPLICATION,
                receivedOn, "Ansöker om stöd.", null, null, null, false, null, true)).caseId();
    }
}
