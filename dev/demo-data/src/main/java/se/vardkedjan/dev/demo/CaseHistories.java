package se.vardkedjan.dev.demo;

import se.vardkedjan.casehandling.LifeArea;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes what a generated case's stage implies, as the facades would have left it: the investigation (a draft while
 * the case is investigated, completed with every required part before a decision), the decision with its
 * interventions (above a caseworker's delegation decided by the unit manager; refusals and partial grants with
 * reasons; services without decision without legal basis; closed interventions in closed cases), the care plan with
 * goals in the client's words, the signed journal (with corrections as new versions, releases and objections) and,
 * for a few decided cases, a SIP. Dates follow the case's life: intake, assessment, investigation, decision, closure,
 * never after today.
 */
final class CaseHistories {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** The day SoL (2025:400) took effect; decisions before it cite the old law. */
    private static final LocalDate NEW_LAW = LocalDate.of(2025, 7, 1);
    private static final String REGION_ACCOUNT = "region.lakare";
    private static final int REGION_ACCOUNT_PLANS = 25;

    /** What the generator knows about the staff: names, caseworkers and the unit manager per unit. */
    record Staff(Map<String, String> displayNames, Map<String, List<String>> caseworkersByUnit,
                 Map<String, String> managerByUnit, java.util.Set<String> demoUnits) {
    }

    /** Counts of what was written. */
    long investigations;
    long decisions;
    long carePlans;
    long journalEntries;
    long coordinatedPlans;

    private final DemoTables tables;
    private final Staff staff;
    private final Random random;
    private final DemoIds ids;
    private final LocalDate today;
    private final Instant now;
    private final int entriesPerCase;
    private int regionAccountPlans;

    CaseHistories(DemoTables tables, Staff staff, Random random, DemoIds ids, LocalDate today, Instant now,
                  int entriesPerCase) {
        this.tables = tables;
        this.staff = staff;
        this.random = random;
        this.ids = ids;
        this.today = today;
        this.now = now;
        this.entriesPerCase = entriesPerCase;
    }

    /** A decided intervention as generated, for the care plan, the SIP and the journal. */
    private record Item(String type, String outcome, LocalDate startsOn, LocalDate plannedEnd) {
    }

    void write(DemoMunicipality.GeneratedCase c) {
        switch (c.status()) {
            case "INTAKE" -> {
                if (random.nextInt(10) < 4) {
                    journal(c, 1, false);
                }
            }
            case "NOT_OPENED" -> journal(c, 1 + random.nextInt(2), false);
            case "INVESTIGATION" -> {
                // A few are completed, with a proposal above the caseworker's delegation awaiting the unit manager.
                var pending = random.nextInt(100) < 4;
                var proposedOn = min(c.assessedOn().plusDays(20 + random.nextInt(60)), today);
                var started = investigation(c, uuid(), pending ? "RESIDENTIAL" : mainType(),
                        pending ? proposedOn : null);
                if (pending) {
                    proposalAwaitingApproval(c, max(proposedOn, started));
                }
                if (random.nextInt(100) < 5) {
                    carePlanDraft(c, min(started.plusDays(1 + random.nextInt(20)), today));
                }
                journal(c, entries(0.7), false);
            }
            default -> decided(c);
        }
    }

    // --- Investigation ---------------------------------------------------------------------------------------------

    /**
     * Writes the investigation and returns its start. Completed (every part there) when {@code completedBy} is given
     * as a date bound: the communication and completion fall before it.
     */
    private LocalDate investigation(DemoMunicipality.GeneratedCase c, UUID id, String mainType, LocalDate completeBy) {
        investigations++;
        var end = c.decidedOn() != null ? c.decidedOn() : today;
        var started = min(c.assessedOn().plusDays(random.nextInt(4)), end);
        if (completeBy == null) {
            // A draft: saved as the caseworker writes, with what there is so far.
            var progress = random.nextInt(100);
            var saved = at(between(started, today), 9 * 60 + random.nextInt(8 * 60));
            var withParticipation = progress > 50;
            tables.investigations.add(id, c.id(), "DRAFT", started, progress > 5 ? DemoTexts.subject(random) : null,
                    withParticipation ? participationMode() : null,
                    withParticipation ? DemoTexts.participation(random) : null,
                    progress > 85 ? DemoTexts.investigationAssessment(mainType) : null,
                    progress > 90 ? DemoTexts.proposal(mainType, random) : null, null, null, null, null, null, saved,
                    (long) (1 + progress / 10));
            sources(id, started, today, progress / 30);
            needs(id, progress * LifeArea.values().length / 100);
            return started;
        }
        var completed = max(started, completeBy.minusDays(random.nextInt(3)));
        var communicated = max(started, completed.minusDays(random.nextInt(8)));
        tables.investigations.add(id, c.id(), "COMPLETED", started, DemoTexts.subject(random), participationMode(),
                DemoTexts.participation(random), DemoTexts.investigationAssessment(mainType),
                DemoTexts.proposal(mainType, random), communicated, communicationChannel(),
                DemoTexts.communicationResponse(random), completed, c.responsible(),
                at(completed, 10 * 60 + random.nextInt(6 * 60)), (long) (8 + random.nextInt(20)));
        sources(id, started, communicated, 2 + random.nextInt(3));
        needs(id, LifeArea.values().length);
        if (random.nextInt(100) < 18) {
            var concern = random.nextInt(5) == 0;
            tables.children.add(id, 0, started.getYear() - random.nextInt(17),
                    random.nextBoolean() ? "Dotter" : "Son",
                    random.nextBoolean() ? "Bor växelvis" : "Bor hos den andra föräldern",
                    DemoTexts.childNeeds(concern, random), concern ? between(started, communicated) : null);
        }
        var relatives = random.nextInt(3);
        for (var position = 0; position < relatives; position++) {
            var woman = random.nextBoolean();
            tables.relatives.add(id, position, SwedishNames.pick(woman ? SwedishNames.WOMEN : SwedishNames.MEN, random)
                            + " " + SwedishNames.pick(SwedishNames.FAMILY, random), DemoTexts.relation(random),
                    String.format("070-%03d %02d %02d", random.nextInt(1000), random.nextInt(100), random.nextInt(100)),
                    random.nextInt(4) > 0);
        }
        return started;
    }

    private void sources(UUID investigation, LocalDate from, LocalDate to, int count) {
        for (var position = 0; position < count; position++) {
            var source = DemoTexts.source(random);
            tables.sources.add(investigation, position, source[0], source[1], between(from, to));
        }
    }

    private void needs(UUID investigation, int areas) {
        var all = LifeArea.values();
        for (var i = 0; i < areas; i++) {
            var severity = switch (all[i]) {
                case ALCOHOL, DRUGS -> random.nextInt(10);
                default -> random.nextInt(7);
            };
            tables.needs.add(investigation, all[i].name(), severity,
                    random.nextInt(3) > 0 ? DemoTexts.clientView(random) : null, random.nextInt(5));
        }
    }

    // --- Decision --------------------------------------------------------------------------------------------------

    /**
     * A demo client who logs in to the portal with the BankID simulator (ADR 0028): a decided case with a care plan
     * they can read in the portal, agreed and in force, or a draft being written with them; every goal is followed up
     * after today, so the start page names the next follow-up.
     */
    void writePortalClient(DemoMunicipality.GeneratedCase c, boolean agreed) {
        decided(c, agreed ? "AGREED" : "DRAFT");
    }

    private void decided(DemoMunicipality.GeneratedCase c) {
        decided(c, null);
    }

    /** {@code portalPlan}: null for a generated case, else the status of the portal client's plan. */
    private void decided(DemoMunicipality.GeneratedCase c, String portalPlan) {
        var main = mainType();
        var managerDecides = "RESIDENTIAL".equals(main);
        var proposedOn = max(c.assessedOn(), c.decidedOn().minusDays(managerDecides ? 1 + random.nextInt(6) : 0));
        var started = investigation(c, uuid(), main, proposedOn);
        proposedOn = max(proposedOn, started);
        var items = items(main);
        var end = c.closedOn() != null ? c.closedOn() : today;
        var manager = staff.managerByUnit().get(c.unit());
        if (managerDecides && random.nextInt(100) < 6) {
            // Returned once with a comment before the unit manager approved the completed proposal.
            var returned = uuid();
            decisions++;
            tables.decision(returned, c.id(), "RETURNED", proposedOn, c.responsible(), null, null,
                    "unit_manager", null, null, DemoTexts.returnComment(), manager, at(proposedOn, 9 * 60), 1L);
            interventionRows(returned, items, proposedOn, proposedOn, null, null);
        }
        var decision = uuid();
        decisions++;
        var allServices = items.stream().allMatch(i -> "SERVICE_WITHOUT_DECISION".equals(i.type()));
        var informedOn = allServices ? null : min(c.decidedOn().plusDays(random.nextInt(4)), today);
        tables.decision(decision, c.id(), "DECIDED", managerDecides ? proposedOn : c.decidedOn(),
                c.responsible(), c.decidedOn(), managerDecides ? manager : c.responsible(),
                managerDecides ? "unit_manager" : "caseworker", allServices ? null : informedBy(), informedOn, null,
                null, at(managerDecides ? proposedOn : c.decidedOn(), 11 * 60 + random.nextInt(300)),
                managerDecides ? 1L : 0L);
        if (managerDecides && c.protectedIdentity()) {
            tables.namedStaff.add(c.id(), manager);
        }
        var dated = interventionRows(decision, items, c.decidedOn(), proposedOn, c.closedOn(), c);
        var helps = dated.stream().anyMatch(i -> !"REFUSED".equals(i.outcome()));
        if (portalPlan != null) {
            portalClientsPlan(c, portalPlan);
        } else if (helps) {
            carePlan(c, end);
            if (random.nextInt(100) < 5) {
                coordinatedPlan(c, end);
            }
        }
        journal(c, entries(1.2), true);
    }

    private void proposalAwaitingApproval(DemoMunicipality.GeneratedCase c, LocalDate proposedOn) {
        var decision = uuid();
        decisions++;
        tables.decision(decision, c.id(), "PROPOSED", proposedOn, c.responsible(), null, null, "unit_manager",
                null, null, null, null, at(proposedOn, 13 * 60), 0L);
        interventionRows(decision, List.of(new Item("RESIDENTIAL", "GRANTED", null, null)), proposedOn, proposedOn,
                null, null);
    }

    private String mainType() {
        var roll = random.nextInt(100);
        return roll < 60 ? "OUTPATIENT" : roll < 72 ? "RESIDENTIAL" : roll < 82 ? "SUPPORTED_HOUSING"
                : roll < 91 ? "CONTACT_PERSON" : "OCCUPATION";
    }

    /** The items of a decision: type and outcome (dates come with the decision date). */
    private List<Item> items(String main) {
        var items = new ArrayList<Item>();
        var roll = random.nextInt(100);
        if ("RESIDENTIAL".equals(main)) {
            var outcome = roll < 70 ? "GRANTED" : roll < 85 ? "PARTLY_GRANTED" : "REFUSED";
            items.add(new Item(main, outcome, null, null));
            if ("REFUSED".equals(outcome)) {
                items.add(new Item("OUTPATIENT", "GRANTED", null, null));
            }
        } else {
            items.add(new Item(main, roll < 93 ? "GRANTED" : roll < 97 ? "PARTLY_GRANTED" : "REFUSED", null, null));
        }
        var extra = random.nextInt(100);
        if (extra < 15) {
            var type = random.nextBoolean() ? "OCCUPATION" : "CONTACT_PERSON";
            if (items.stream().noneMatch(i -> i.type().equals(type))) {
                items.add(new Item(type, "GRANTED", null, null));
            }
        } else if (extra < 21) {
            items.add(new Item("SERVICE_WITHOUT_DECISION", "GRANTED", null, null));
        }
        return items;
    }

    /**
     * Writes the items of a decision made on the date (citing the law in force when it was proposed) and returns
     * them with their dates. In a closed case every item
     * that gave help is closed with the case; in an open case help whose planned end has passed is sometimes closed.
     */
    private List<Item> interventionRows(UUID decision, List<Item> items, LocalDate decidedOn, LocalDate proposedOn,
                                        LocalDate caseClosedOn, DemoMunicipality.GeneratedCase c) {
        var dated = new ArrayList<Item>(items.size());
        var position = 0;
        for (var item : items) {
            var type = item.type();
            var service = "SERVICE_WITHOUT_DECISION".equals(type);
            var helps = !"REFUSED".equals(item.outcome());
            LocalDate starts = null;
            LocalDate plannedEnd = null;
            if (helps) {
                starts = decidedOn.plusDays("RESIDENTIAL".equals(type) ? 3 + random.nextInt(28) : random.nextInt(15));
                if (caseClosedOn != null) {
                    starts = min(starts, caseClosedOn);
                }
                var months = switch (type) {
                    case "RESIDENTIAL" -> 3;
                    case "CONTACT_PERSON" -> 12;
                    case "SERVICE_WITHOUT_DECISION" -> 0;
                    default -> random.nextInt(10) < 6 ? 6 : 0;
                };
                plannedEnd = months == 0 ? null : starts.plusMonths(months);
            }
            var reasons = service || "GRANTED".equals(item.outcome()) ? null
                    : "REFUSED".equals(item.outcome()) ? DemoTexts.refusalReasons(random)
                    : DemoTexts.partlyReasons(type, random);
            String closedOn = null;
            String closureReason = null;
            String closureOutcome = null;
            String closedBy = null;
            if (helps && c != null) {
                LocalDate closed = null;
                String reason = null;
                if (caseClosedOn != null) {
                    closed = max(starts, caseClosedOn.minusDays(random.nextInt(11)));
                    reason = c.closureReason();
                } else if (plannedEnd != null && plannedEnd.isBefore(today) && random.nextBoolean()) {
                    closed = plannedEnd;
                    reason = random.nextInt(3) > 0 ? "GOALS_REACHED" : "PARTLY_REACHED";
                }
                if (closed != null) {
                    closedOn = closed.toString();
                    closureReason = reason;
                    closureOutcome = DemoTexts.interventionOutcome(reason, random);
                    closedBy = c.responsible();
                }
            }
            tables.interventions.add(uuid(), decision, position++, type, item.outcome(),
                    DemoTexts.scope(type, random), starts, plannedEnd,
                    service ? null : proposedOn.isBefore(NEW_LAW) ? "SOL2001-4-1" : "SOL-11-1", reasons,
                    closedOn == null ? null : LocalDate.parse(closedOn), closureReason, closureOutcome, closedBy);
            dated.add(new Item(type, item.outcome(), starts, plannedEnd));
        }
        return dated;
    }

    // --- Care plan -------------------------------------------------------------------------------------------------

    private void carePlan(DemoMunicipality.GeneratedCase c, LocalDate end) {
        var roll = random.nextInt(100);
        var closed = c.closedOn() != null;
        var planDate = min(c.decidedOn().plusDays(3 + random.nextInt(19)), end);
        if (closed ? roll >= 85 : roll >= 88) {
            return;
        }
        if (!closed && roll >= 80) {
            carePlanDraft(c, planDate);
            return;
        }
        var first = uuid();
        var agreedOn = min(planDate.plusDays(random.nextInt(8)), end);
        carePlans++;
        tables.carePlans.add(first, c.id(), 1, null, "AGREED", planDate, c.responsible(), agreedOn, agreementChannel(),
                true, null, c.responsible(), at(planDate, 10 * 60), at(agreedOn, 15 * 60), 2L + random.nextInt(6));
        var goalTexts = goalsAndActivities(first, planDate);
        var secondDate = planDate.plusDays(90 + random.nextInt(61));
        if (random.nextInt(100) < 12 && secondDate.isBefore(end)) {
            var second = uuid();
            var secondAgreed = min(secondDate.plusDays(random.nextInt(6)), end);
            carePlans++;
            tables.carePlans.add(second, c.id(), 2, first, "DRAFT", secondDate, c.responsible(), null, null, null,
                    null, null, at(secondDate, 10 * 60), at(secondDate, 10 * 60), 1L);
            var position = 0;
            for (var goal : goalTexts) {
                tables.goals.add(uuid(), second, position++, goal[0], goal[1], followUp(secondDate));
            }
            activities(second);
            tables.revisionAgreed(first, second, secondAgreed, agreementChannel(), c.responsible(),
                    at(secondAgreed, 15 * 60));
        }
    }

    private void portalClientsPlan(DemoMunicipality.GeneratedCase c, String status) {
        var id = uuid();
        carePlans++;
        var planDate = min(c.decidedOn().plusDays(5), today);
        var agreed = "AGREED".equals(status);
        var agreedOn = agreed ? min(planDate.plusDays(2), today) : null;
        tables.carePlans.add(id, c.id(), 1, null, status, planDate, c.responsible(), agreedOn,
                agreed ? "MEETING" : null, agreed ? true : null, null, agreed ? c.responsible() : null,
                at(planDate, 10 * 60), at(agreed ? agreedOn : planDate, 15 * 60), 3L);
        var texts = new ArrayList<String>();
        for (var months = 1; texts.size() < 2 && months < 12; months++) {
            var goal = DemoTexts.goal(random);
            if (!texts.contains(goal[0])) {
                texts.add(goal[0]);
                tables.goals.add(uuid(), id, texts.size() - 1, goal[0], goal[1], today.plusMonths(months * 2L));
            }
        }
        activities(id);
    }

    private void carePlanDraft(DemoMunicipality.GeneratedCase c, LocalDate planDate) {
        var id = uuid();
        carePlans++;
        var disagrees = random.nextInt(4) == 0 && planDate.isBefore(today);
        var respondedOn = disagrees ? min(planDate.plusDays(1 + random.nextInt(7)), today) : null;
        tables.carePlans.add(id, c.id(), 1, null, "DRAFT", planDate, c.responsible(), respondedOn,
                disagrees ? agreementChannel() : null, disagrees ? false : null,
                disagrees ? DemoTexts.disagreement(random) : null, disagrees ? c.responsible() : null,
                at(planDate, 10 * 60), at(planDate, 11 * 60), 1L + random.nextInt(4));
        if (random.nextInt(4) > 0) {
            goalsAndActivities(id, planDate);
        }
    }

    private List<String[]> goalsAndActivities(UUID plan, LocalDate planDate) {
        var count = 1 + random.nextInt(3);
        var texts = new ArrayList<String[]>(count);
        for (var position = 0; position < count; position++) {
            var goal = DemoTexts.goal(random);
            if (texts.stream().anyMatch(g -> g[0].equals(goal[0]))) {
                continue;
            }
            texts.add(goal);
            tables.goals.add(uuid(), plan, texts.size() - 1, goal[0], goal[1], followUp(planDate));
        }
        activities(plan);
        return texts;
    }

    private void activities(UUID plan) {
        var count = 1 + random.nextInt(3);
        for (var position = 0; position < count; position++) {
            var activity = DemoTexts.activity(random);
            tables.activities.add(uuid(), plan, position, activity[0], activity[1], activity[2]);
        }
    }

    /** A goal's follow-up after the plan's date: in one, three or six months. */
    private LocalDate followUp(LocalDate planDate) {
        return planDate.plusMonths(List.of(1, 3, 6).get(random.nextInt(3))).plusDays(random.nextInt(10));
    }

    // --- Journal ---------------------------------------------------------------------------------------------------

    /** How many entries: about the scale's average times the stage's weight, at least one. */
    private int entries(double weight) {
        return Math.max(1, (int) Math.round(entriesPerCase * weight * 2 * random.nextDouble()));
    }

    private void journal(DemoMunicipality.GeneratedCase c, int count, boolean decidedCase) {
        var end = c.closedOn() != null ? c.closedOn() : today;
        var dates = new LocalDate[count];
        for (var i = 0; i < count; i++) {
            dates[i] = between(c.receivedOn(), end);
        }
        dates[0] = c.receivedOn();
        if (c.closedOn() != null && count > 1 && c.decidedOn() != null) {
            dates[count - 1] = c.closedOn();
        }
        Arrays.sort(dates);
        var colleagues = staff.caseworkersByUnit().get(c.unit());
        for (var i = 0; i < count; i++) {
            var date = dates[i];
            var phase = c.assessedOn() == null || date.isBefore(c.assessedOn()) || c.decidedOn() == null
                    && "NOT_OPENED".equals(c.status()) ? "intake"
                    : c.decidedOn() == null || date.isBefore(c.decidedOn()) ? "investigation"
                    : c.closedOn() != null && i == count - 1 && count > 1 ? "closure" : "decided";
            var note = DemoTexts.journalNote(phase, random);
            var author = c.protectedIdentity() || random.nextInt(100) < 85 ? c.responsible()
                    : colleagues.get(random.nextInt(colleagues.size()));
            var name = staff.displayNames().get(author);
            var id = uuid();
            var created = at(date.plusDays(random.nextInt(10) < 8 ? 0 : 1), 8 * 60 + random.nextInt(9 * 60));
            var signed = min(created.plusSeconds(60L * (1 + random.nextInt(90))), now);
            journalEntries++;
            tables.journal.add(id, c.id(), id, 1, date, note[0], note[1], author, name, created, signed, null);
            var latest = id;
            var latestSigned = signed;
            if (random.nextInt(100) < 2) {
                var corrected = uuid();
                var correctedAt = min(signed.plusSeconds(3_600L * (1 + random.nextInt(240))), now);
                journalEntries++;
                tables.journal.add(corrected, c.id(), id, 2, date, note[0], DemoTexts.correctedText(note[1]),
                        c.responsible(), staff.displayNames().get(c.responsible()), correctedAt, correctedAt,
                        DemoTexts.correctionReason(random));
                latest = corrected;
                latestSigned = correctedAt;
            }
            if (decidedCase && random.nextInt(100) < 10) {
                var releasedAt = min(latestSigned.plusSeconds(86_400L * (1 + random.nextInt(20))), now);
                var by = staff.displayNames().get(c.responsible());
                tables.releases.add(id, "RELEASED", true, c.responsible(), by, releasedAt);
                if (random.nextInt(100) < 5) {
                    tables.releases.add(id, "REVOKED", false, c.responsible(), by,
                            min(releasedAt.plusSeconds(86_400L * (1 + random.nextInt(10))), now));
                }
            }
            if (decidedCase && random.nextInt(1000) < 5) {
                var receivedOn = min(date.plusDays(1 + random.nextInt(30)), today);
                tables.objections.add(uuid(), id, latest, DemoTexts.objection(random), receivedOn,
                        c.responsible(), staff.displayNames().get(c.responsible()),
                        max(at(receivedOn, 14 * 60), latestSigned));
            }
        }
    }

    // --- SIP -------------------------------------------------------------------------------------------------------

    private void coordinatedPlan(DemoMunicipality.GeneratedCase c, LocalDate end) {
        var consentOn = min(c.decidedOn().plusDays(7 + random.nextInt(54)), end);
        var planDate = min(consentOn.plusDays(random.nextInt(15)), end);
        var id = uuid();
        coordinatedPlans++;
        var roll = random.nextInt(100);
        String status;
        if (c.closedOn() != null) {
            status = "CLOSED";
        } else if (roll < 8) {
            status = "CONSENT_WITHDRAWN";
        } else if (planDate.isAfter(today.minusDays(14))) {
            status = "DRAFT";
        } else {
            status = roll < 40 ? "FOLLOWED_UP" : "ACTIVE";
        }
        var withdrawnOn = "CONSENT_WITHDRAWN".equals(status) ? min(planDate.plusDays(10 + random.nextInt(80)), today)
                : null;
        var firstFollowUp = planDate.plusDays(60 + random.nextInt(61));
        var followedUpOn = "FOLLOWED_UP".equals(status) ? min(firstFollowUp, today) : null;
        var followUpOn = followedUpOn == null ? firstFollowUp
                : max(followedUpOn, planDate).plusDays(90 + random.nextInt(31));
        var by = c.responsible();
        var municipal = uuid();
        var region = uuid();
        var account = regionAccountPlans < REGION_ACCOUNT_PLANS && staff.demoUnits().contains(c.unit())
                ? REGION_ACCOUNT : null;
        if (account != null) {
            regionAccountPlans++;
        }
        var responsibility = random.nextInt(10) < 7 ? "MUNICIPALITY" : "REGION";
        var coordinator = random.nextInt(10) < 8 ? municipal : region;
        var lastChange = withdrawnOn != null ? withdrawnOn : c.closedOn() != null ? c.closedOn()
                : followedUpOn != null ? followedUpOn : planDate;
        tables.coordinatedPlans.add(id, c.id(), status, planDate, by, consentOn, consentForm(), by, withdrawnOn,
                withdrawnOn == null ? null : by, responsibility, coordinator, DemoTexts.sipGoals(random), followUpOn,
                at(consentOn, 10 * 60), at(lastChange, 15 * 60), 6L + random.nextInt(6));
        var position = 0;
        tables.participants.add(municipal, id, position++, "MUNICIPALITY", by, null, null, null, "Socialsekreterare",
                null, false, null);
        var regionRole = DemoTexts.regionRole(random);
        var woman = random.nextBoolean();
        tables.participants.add(region, id, position++, "REGION", null,
                SwedishNames.pick(woman ? SwedishNames.WOMEN : SwedishNames.MEN, random) + " "
                        + SwedishNames.pick(SwedishNames.FAMILY, random), "Region Exempel", regionRole[0],
                regionRole[1], account, false, null);
        if (random.nextInt(10) < 3) {
            tables.participants.add(uuid(), id, position++, "RELATIVE", null,
                    SwedishNames.pick(SwedishNames.WOMEN, random) + " " + SwedishNames.pick(SwedishNames.FAMILY, random),
                    null, null, DemoTexts.relation(random), null, true, null);
        }
        if (random.nextInt(10) < 2) {
            tables.participants.add(uuid(), id, position, "MUNICIPALITY", null,
                    SwedishNames.pick(SwedishNames.MEN, random) + " " + SwedishNames.pick(SwedishNames.FAMILY, random),
                    null, null, "Boendestödjare", null, false, null);
        }
        position = 0;
        for (var principal : random.nextInt(10) < 2 ? List.of("MUNICIPALITY", "REGION", "OTHER")
                : List.of("MUNICIPALITY", "REGION")) {
            var measure = DemoTexts.measure(principal, random);
            tables.measures.add(id, position++, principal, measure[0], measure[1]);
        }
        tables.history.add(id, consentOn, at(consentOn, 10 * 60), "CREATED", "DRAFT", by, null);
        if (!"DRAFT".equals(status)) {
            tables.history.add(id, planDate, at(planDate, 15 * 60), "ACTIVATED", "ACTIVE", by, null);
            tables.history.add(id, planDate, at(planDate, 15 * 60 + 5), "MEETING", "ACTIVE", by,
                    DemoTexts.sipMeetingNote(random));
        }
        if (followedUpOn != null) {
            tables.history.add(id, followedUpOn, at(followedUpOn, 14 * 60), "FOLLOWED_UP", "FOLLOWED_UP", by,
                    "Planen följd upp med alla parter; ny uppföljning bokad.");
        }
        if (c.closedOn() != null) {
            tables.history.add(id, c.closedOn(), at(c.closedOn(), 16 * 60), "CLOSED", "CLOSED", by, null);
        }
        if (withdrawnOn != null) {
            tables.history.add(id, withdrawnOn, at(withdrawnOn, 16 * 60), "CONSENT_WITHDRAWN", "CONSENT_WITHDRAWN",
                    by, null);
        }
        if (account != null) {
            tables.readGrants.add(id, region, account, at(planDate, 15 * 60),
                    withdrawnOn == null ? null : at(withdrawnOn, 16 * 60));
        }
    }

    // --- Values ----------------------------------------------------------------------------------------------------

    private String participationMode() {
        return List.of("MEETING", "MEETING", "MEETING", "PHONE", "WRITTEN", "THROUGH_REPRESENTATIVE", "DECLINED")
                .get(random.nextInt(7));
    }

    private String communicationChannel() {
        return List.of("MEETING", "MEETING", "PHONE", "LETTER", "DIGITAL_MESSAGE").get(random.nextInt(5));
    }

    private String informedBy() {
        return List.of("MEETING", "MEETING", "PHONE", "LETTER", "DIGITAL_MESSAGE").get(random.nextInt(5));
    }

    private String agreementChannel() {
        return List.of("MEETING", "MEETING", "PHONE", "WRITING").get(random.nextInt(4));
    }

    private String consentForm() {
        return List.of("WRITTEN", "WRITTEN", "ORAL", "DIGITAL").get(random.nextInt(4));
    }

    /** A moment on the day (minutes after midnight, Swedish time), never after now. */
    private Instant at(LocalDate day, int minuteOfDay) {
        var instant = day.atStartOfDay(STOCKHOLM).plusMinutes(minuteOfDay).toInstant();
        return instant.isAfter(now) ? now : instant;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        var days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private UUID uuid() {
        return ids.next();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
