package se.vardkedjan.dev.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Provider contracts' data on top of a generated municipality ({@link DemoMunicipality}): provider organisations with
 * units and contracts, an assignment (uppdrag) for every granted intervention with the states its dates imply, its
 * history, the care plan's goals copied into it, the provider's implementation plan (genomförandeplan) once
 * accepted — a draft, then established versions with activities aimed at those goals — and the care days and hours the
 * provider reported, in monthly reports. Reads the granted interventions from case handling's tables (in id order, in chunks) rather than from the
 * municipality's generator, so it runs the same on a database generated just now and on one generated before provider
 * contracts existed (the benchmark's national data). Writes set-based SQL ({@link TableRows}) as the app's tables
 * expect it (the CHECKs, one live assignment per intervention, append-only history and goals); no access-log rows,
 * since nobody read anything. Seeded.
 *
 * <p>For the run command ({@link ProviderScale#demo()}) it makes only a showcase for the demo provider file's
 * providers, which ProviderSeed has loaded before the demo data: Solgården's user {@code utforare} finds a new
 * assignment sent today, one sent long ago and escalated, one the escalation job will remind about, an accepted one
 * (its plan a draft), a running one with care days reported and an established plan, and a declined one, all in cases
 * of the demo caseworker {@code handlaggare}'s unit, each planned to start after it was sent.
 */
public final class DemoProviders {

    private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** Granted interventions read and written per chunk. */
    private static final int CHUNK = 4_000;
    /** The demo provider file's organisation numbers: never generated. */
    static final Set<String> DEMO_ORGANISATION_NUMBERS = Set.of("5566778899", "2121000554", "8024681358",
            "5591234561");
    static final String SHOWCASE_PROVIDER = "solgarden-hvb";
    static final String SHOWCASE_LOV_PROVIDER = "nykter-vag-oppenvard";
    static final String SHOWCASE_UNIT = "nord-beroende";
    static final String SHOWCASE_CASEWORKER = "handlaggare";

    /** What was made. */
    public record Result(int providers, int units, int contracts, long assignments, long historyRows, long goals,
                         long reports, long attendanceDays, long plans, long planVersions, long seconds) {
    }

    /** A contract an assignment may be sent under. */
    private static final class Offer {
        final UUID id;
        final UUID provider;
        final String providerCode;
        final String form;
        final String priceUnit;
        final LocalDate from;
        final LocalDate to;
        Integer places;
        final List<String> methods;
        int taken;

        Offer(UUID id, UUID provider, String providerCode, String form, String priceUnit, LocalDate from,
              LocalDate to, Integer places, List<String> methods) {
            this.id = id;
            this.provider = provider;
            this.providerCode = providerCode;
            this.form = form;
            this.priceUnit = priceUnit;
            this.from = from;
            this.to = to;
            this.places = places;
            this.methods = methods;
        }

        boolean validOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    /** A granted intervention as read from case handling. */
    private record Granted(UUID id, UUID decision, UUID caseId, String unit, String responsible, String type,
                           LocalDate startsOn, LocalDate plannedEnd, LocalDate closedOn, String closureReason,
                           LocalDate decidedOn) {
    }

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Instant now;
    private final Random random;
    private final DemoIds ids;
    /**
     * The implementation plans' own draws, apart from {@link #random}: the plans came after the assignments, and the
     * assignments drawn for a seed stay as they were.
     */
    private final Random planRandom;
    private final DemoIds planIds;
    private final int reminderDays;
    private final int escalationDays;

    private final TableRows providers = new TableRows("providercontracts.providers", "id:uuid", "code:text",
            "name:text", "organisation_number:text", "kind:text", "contact_name:text", "contact_phone:text",
            "contact_email:text", "changed_by:text");
    private final TableRows units = new TableRows("providercontracts.provider_units", "id:uuid", "provider_id:uuid",
            "name:text", "street:text", "postal_code:text", "city:text", "phone:text");
    private final TableRows contracts = new TableRows("providercontracts.contracts", "id:uuid", "provider_id:uuid",
            "reference:text", "form:text", "valid_from:date", "valid_to:date", "price_unit:text", "price_ore:bigint",
            "places:int", "changed_by:text");
    private final TableRows contractMethods = new TableRows("providercontracts.contract_methods", "contract_id:uuid",
            "method_code:text");
    private final TableRows assignments = new TableRows("providercontracts.assignments", "id:uuid", "case_id:uuid",
            "decision_id:uuid", "intervention_id:uuid", "intervention_type:text", "granted_from:date", "status:text",
            "decided_on:date", "method_code:text", "provider_id:uuid", "contract_id:uuid", "clients_choice:boolean",
            "starts_on:date", "expected_length:text", "reporting:text", "follow_up:text", "contact_persons:text",
            "client_consented:boolean", "share_address:boolean", "share_phone:boolean", "sent_at:timestamptz",
            "accepted_start:date", "decline_reason:text", "started_on:date", "ended_on:date", "end_reason:text",
            "escalation_step:smallint", "escalated_at:timestamptz", "created_at:timestamptz",
            "changed_at:timestamptz", "changed_by:text", "version:bigint", "case_unit:text");
    private final TableRows history = new TableRows("providercontracts.assignment_history", "assignment_id:uuid",
            "at:timestamptz", "actor:text", "event:text", "detail:text", "actor_name:text");
    private final TableRows goals = new TableRows("providercontracts.assignment_goals", "assignment_id:uuid",
            "position:int", "goal_id:uuid", "text:text");
    private final TableRows reports = new TableRows("providercontracts.attendance_reports", true, "id:bigint",
            "assignment_id:uuid", "first_day:date", "last_day:date", "reported_at:timestamptz",
            "reported_by:text", "reported_by_name:text");
    private final TableRows days = new TableRows("providercontracts.attendance_days", "assignment_id:uuid",
            "day:date", "hours:numeric", "report_id:bigint");
    private final TableRows plans = new TableRows("providercontracts.implementation_plans", "id:uuid",
            "assignment_id:uuid", "draft_open:boolean", "draft_working_with:text", "draft_participation:text",
            "draft_client_view:text", "created_at:timestamptz", "created_by:text", "changed_at:timestamptz",
            "changed_by:text", "version:bigint");
    private final TableRows draftActivities = new TableRows("providercontracts.implementation_plan_draft_activities",
            "plan_id:uuid", "position:int", "description:text", "goal:text", "performer:text", "schedule:text");
    private final TableRows planVersions = new TableRows("providercontracts.implementation_plan_versions",
            "plan_id:uuid", "number:int", "working_with:text", "participation:text", "client_view:text",
            "established_at:timestamptz", "established_by:text", "established_by_name:text");
    private final TableRows planActivities = new TableRows("providercontracts.implementation_plan_activities",
            "plan_id:uuid", "number:int", "position:int", "description:text", "goal:text", "performer:text",
            "schedule:text");

    /** The catalogue's active methods by the intervention type they refine. */
    private Map<String, List<String>> methodsByType = Map.of();
    /** The contracts by the intervention type their methods cover. */
    private final Map<String, List<Offer>> offers = new HashMap<>();
    /** Report ids drawn from the table's own sequence, a block at a time. */
    private final List<Long> reportIds = new ArrayList<>();
    private int reportIdNext;
    /** The first day providers reported attendance (ProviderScale#reportedMonths). */
    private LocalDate reportedSince;
    private long assignmentCount;
    private long historyCount;
    private long goalCount;
    private long reportCount;
    private long dayCount;
    private long planCount;
    private long planVersionCount;

    public DemoProviders(JdbcTemplate jdbc, Clock clock, long seed) {
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock.withZone(STOCKHOLM));
        this.now = clock.instant();
        this.random = new Random(seed);
        this.ids = new DemoIds(random);
        this.planRandom = new Random(seed ^ 0x706c616eL);
        this.planIds = new DemoIds(planRandom);
        var settings = jdbc.queryForMap("SELECT reminder_days, escalation_days FROM providercontracts"
                + ".assignment_settings WHERE id = 1");
        this.reminderDays = ((Number) settings.get("reminder_days")).intValue();
        this.escalationDays = ((Number) settings.get("escalation_days")).intValue();
    }

    public Result generate(ProviderScale scale) {
        var started = System.nanoTime();
        reportedSince = today.minusMonths(scale.reportedMonths()).withDayOfMonth(1);
        methodsByType = methodsByType();
        var made = scale.providers() > 0 ? registerProviders(scale, methodsByType) : new int[] {0, 0, 0};
        readRegisteredOffers(methodsByType);
        if (scale.showcase()) {
            showcase();
        }
        if (scale.everyIntervention()) {
            assignEveryIntervention();
        }
        var result = new Result(made[0], made[1], made[2], assignmentCount, historyCount, goalCount, reportCount,
                dayCount, planCount, planVersionCount, (System.nanoTime() - started) / 1_000_000_000);
        log.info("Demo data, provider contracts: {}", result);
        return result;
    }

    // --- Providers and contracts -----------------------------------------------------------------------------------

    private Map<String, List<String>> methodsByType() {
        var byType = new LinkedHashMap<String, List<String>>();
        jdbc.query("""
                SELECT t.intervention_type, t.method_code FROM providercontracts.method_intervention_types t
                JOIN providercontracts.methods m ON m.code = t.method_code WHERE m.active
                ORDER BY t.intervention_type, t.method_code""", rs -> {
            byType.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return byType;
    }

    /** What a provider mainly gives: the intervention types of its contracts, and how it is priced. */
    private enum Profile {
        RESIDENTIAL("behandlingshem", "HVB"), OUTPATIENT("öppenvård", "mottagning"),
        SUPPORTED_HOUSING("stödboende", "boende"), OCCUPATION("sysselsättning", "verksamhet"),
        CONTACT_PERSON("kontaktpersoner", "kontor");

        final String what;
        final String unit;

        Profile(String what, String unit) {
            this.what = what;
            this.unit = unit;
        }
    }

    private static final String[] PLACE_NAMES = {"Ek", "Björk", "Lind", "Tall", "Gran", "Sol", "Sjö", "Ängs", "Berg",
            "Strand", "Hav", "Skogs", "Dal", "Ros", "Lönn", "Alm", "Vik", "Ås", "Källa", "Bäck"};
    private static final String[] PLACE_ENDINGS = {"gården", "backen", "udden", "hagen", "lunden", "viken", "näset",
            "torpet", "hemmet", "bo"};
    private static final String[] CITIES = {"Exempelstad", "Norrby", "Söderås", "Västervik", "Österlund", "Mellanå",
            "Bergsjö", "Havsby", "Skogså", "Dalby"};

    /** Registers the generated providers with their units and contracts; returns providers, units, contracts. */
    private int[] registerProviders(ProviderScale scale, Map<String, List<String>> methodsByType) {
        var numbers = new HashSet<>(jdbc.queryForList("SELECT organisation_number FROM providercontracts.providers",
                String.class));
        numbers.addAll(DEMO_ORGANISATION_NUMBERS);
        var codes = new HashSet<>(jdbc.queryForList("SELECT code FROM providercontracts.providers", String.class));
        var unitCount = 0;
        var contractCount = 0;
        var contractRows = new ArrayList<Object[]>();
        for (var p = 0; p < scale.providers(); p++) {
            var roll = random.nextInt(100);
            // Every kind of provider at least once, then by the demand for each type.
            var profile = p < Profile.values().length ? Profile.values()[p] : roll < 38 ? Profile.OUTPATIENT : roll < 62 ? Profile.RESIDENTIAL
                    : roll < 80 ? Profile.SUPPORTED_HOUSING : roll < 91 ? Profile.OCCUPATION : Profile.CONTACT_PERSON;
            var ownRun = random.nextInt(100) < 15;
            var place = PLACE_NAMES[random.nextInt(PLACE_NAMES.length)]
                    + PLACE_ENDINGS[random.nextInt(PLACE_ENDINGS.length)];
            var name = ownRun ? "Kommunens " + profile.what + " " + place + " " + (p + 1)
                    : place + "s " + profile.what + " " + (p + 1) + (random.nextInt(4) == 0 ? "" : " AB");
            var code = (ascii(place) + "-" + profile.name().toLowerCase().replace('_', '-') + "-" + (p + 1));
            if (!codes.add(code)) {
                throw new IllegalStateException("Provider code generated twice: " + code);
            }
            String number;
            do {
                number = organisationNumber(ownRun);
            } while (!numbers.add(number));
            var id = ids.next();
            var city = CITIES[random.nextInt(CITIES.length)];
            providers.add(id, code, name, number, ownRun ? "OWN_RUN" : "PRIVATE", personName(),
                    String.format("08-%03d %02d %02d", random.nextInt(1000), random.nextInt(100), random.nextInt(100)),
                    "kontakt@" + code + ".example", "system");
            var unitsHere = 1 + random.nextInt(3);
            for (var u = 0; u < unitsHere; u++) {
                units.add(ids.next(), id, place + ", " + profile.unit + " " + (u + 1),
                        PLACE_NAMES[random.nextInt(PLACE_NAMES.length)] + "vägen " + (1 + random.nextInt(80)),
                        String.format("%03d %02d", 100 + random.nextInt(890), random.nextInt(100)), city,
                        String.format("08-%03d %02d %02d", random.nextInt(1000), random.nextInt(100),
                                random.nextInt(100)));
                unitCount++;
            }
            var contractsHere = Math.max(1, scale.contractsPerProvider() - 2 + random.nextInt(5));
            for (var c = 0; c < contractsHere; c++) {
                // Mostly the provider's own profile, sometimes a neighbouring type (a treatment home's outpatient
                // aftercare, a clinic's contact persons).
                var type = random.nextInt(100) < 80 ? profile.name()
                        : Profile.values()[random.nextInt(Profile.values().length)].name();
                var fitting = methodsByType.getOrDefault(type, List.of());
                if (fitting.isEmpty()) {
                    continue;
                }
                var form = ownRun ? "OWN_RUN" : "OUTPATIENT".equals(type) && random.nextInt(100) < 45 ? "LOV"
                        : random.nextInt(100) < 65 ? "FRAMEWORK_AGREEMENT" : "DIRECT_AWARD";
                var period = random.nextInt(100);
                LocalDate from;
                LocalDate to;
                if (period < 18) {
                    // Ended: an earlier agreement, replaced by a later one.
                    from = today.minusDays(900 + random.nextInt(900));
                    to = from.plusDays(365 + random.nextInt(500));
                    to = to.isBefore(today) ? to : today.minusDays(1 + random.nextInt(60));
                } else if (period < 28) {
                    // Expiring within 90 days: shown to administrators and caseworkers.
                    to = today.plusDays(random.nextInt(90));
                    from = to.minusDays(700 + random.nextInt(800));
                } else {
                    from = today.minusDays(100 + random.nextInt(1700));
                    to = "LOV".equals(form) || random.nextInt(4) == 0 ? null
                            : today.plusDays(120 + random.nextInt(900));
                }
                var priceUnit = priceUnit(type);
                var price = switch (priceUnit) {
                    case "CARE_DAY" -> "RESIDENTIAL".equals(type) ? 180_000 + random.nextInt(180_000)
                            : 60_000 + random.nextInt(90_000);
                    case "HOUR" -> 70_000 + random.nextInt(60_000);
                    case "MONTH" -> 900_000 + random.nextInt(1_600_000);
                    default -> 5_000_000 + random.nextInt(20_000_000);
                };
                var methods = new ArrayList<String>();
                for (var method : fitting) {
                    if (methods.isEmpty() || random.nextInt(3) > 0) {
                        methods.add(method);
                    }
                }
                var contractId = ids.next();
                var reference = switch (form) {
                    case "OWN_RUN" -> "ER";
                    case "LOV" -> "LOV";
                    case "FRAMEWORK_AGREEMENT" -> "RA";
                    default -> "DA";
                } + "-" + from.getYear() + "-" + String.format("%03d", c + 1);
                var withPlaces = "CARE_DAY".equals(priceUnit) || "MONTH".equals(priceUnit)
                        && !"CONTACT_PERSON".equals(type);
                var offer = new Offer(contractId, id, code, form, priceUnit, from, to, withPlaces ? 0 : null,
                        methods);
                contractCount++;
                // Places are set once every contract is known (placePlaces), from the demand of the type.
                offers.computeIfAbsent(type, k -> new ArrayList<>()).add(offer);
                for (var method : methods) {
                    contractMethods.add(contractId, method);
                }
                contractRows.add(new Object[] {offer, new Object[] {contractId, id, reference, form, from, to,
                        priceUnit, (long) price, null, "system"}});
            }
        }
        // The places, once the demand of every type is known.
        placePlaces();
        for (var row : contractRows) {
            var values = (Object[]) row[1];
            values[8] = ((Offer) row[0]).places;
            contracts.add(values);
        }
        providers.flush(jdbc);
        units.flush(jdbc);
        contracts.flush(jdbc);
        contractMethods.flush(jdbc);
        offers.clear();
        return new int[] {scale.providers(), unitCount, contractCount};
    }

    /**
     * Sets each place-counted contract's places from the demand for its type: the open granted interventions (which
     * end up accepted or running) shared among the type's valid contracts, with some room and some contracts tighter
     * than others, so that capacity is mostly respected and a few contracts are full.
     */
    private void placePlaces() {
        var open = new HashMap<String, Long>();
        jdbc.query("""
                SELECT di.intervention_type, count(*) FROM casehandling.decided_interventions di
                JOIN casehandling.decisions d ON d.id = di.decision_id
                WHERE d.status = 'DECIDED' AND di.outcome IN ('GRANTED', 'PARTLY_GRANTED') AND di.closed_on IS NULL
                GROUP BY di.intervention_type""", rs -> {
            open.put(rs.getString(1), rs.getLong(2));
        });
        for (var entry : offers.entrySet()) {
            var counted = entry.getValue().stream().filter(o -> o.places != null && o.validOn(today)).count();
            var demand = open.getOrDefault(entry.getKey(), 0L);
            for (var offer : entry.getValue()) {
                if (offer.places != null) {
                    var share = counted == 0 ? 4.0 : (double) demand / counted;
                    offer.places = Math.max(2, (int) Math.round(share * (0.9 + random.nextDouble() * 0.8)) + 1);
                }
            }
        }
    }

    private String priceUnit(String type) {
        var roll = random.nextInt(100);
        return switch (type) {
            case "RESIDENTIAL" -> roll < 92 ? "CARE_DAY" : "MONTH";
            case "SUPPORTED_HOUSING" -> roll < 70 ? "CARE_DAY" : "MONTH";
            case "OCCUPATION" -> roll < 45 ? "CARE_DAY" : roll < 75 ? "HOUR" : roll < 90 ? "MONTH" : "FIXED";
            case "CONTACT_PERSON" -> roll < 70 ? "HOUR" : "MONTH";
            default -> roll < 94 ? "HOUR" : "FIXED";
        };
    }

    /** Every registered contract (the demo file's and the generated ones) with the types its methods cover. */
    private void readRegisteredOffers(Map<String, List<String>> methodsByType) {
        var typesOfMethod = new HashMap<String, List<String>>();
        methodsByType.forEach((type, methods) -> methods.forEach(m ->
                typesOfMethod.computeIfAbsent(m, k -> new ArrayList<>()).add(type)));
        var byContract = new LinkedHashMap<UUID, Offer>();
        jdbc.query("""
                SELECT c.id, c.provider_id, p.code, c.form, c.price_unit, c.valid_from, c.valid_to, c.places,
                       m.method_code
                FROM providercontracts.contracts c JOIN providercontracts.providers p ON p.id = c.provider_id
                JOIN providercontracts.contract_methods m ON m.contract_id = c.id
                WHERE p.active ORDER BY c.id, m.method_code""", rs -> {
            var id = rs.getObject(1, UUID.class);
            var offer = byContract.computeIfAbsent(id, k -> {
                try {
                    var to = rs.getDate(7);
                    var places = rs.getObject(8);
                    return new Offer(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getDate(6).toLocalDate(), to == null ? null : to.toLocalDate(),
                            places == null ? null : ((Number) places).intValue(), new ArrayList<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            offer.methods.add(rs.getString(9));
        });
        for (var offer : byContract.values()) {
            var types = new HashSet<String>();
            offer.methods.forEach(m -> types.addAll(typesOfMethod.getOrDefault(m, List.of())));
            for (var type : types) {
                offers.computeIfAbsent(type, k -> new ArrayList<>()).add(offer);
            }
        }
    }

    // --- Assignments -----------------------------------------------------------------------------------------------

    private static final String GRANTED = """
            SELECT di.id, di.decision_id, d.case_id, c.unit_code, c.responsible, di.intervention_type, di.starts_on,
                   di.planned_end, di.closed_on, di.closure_reason, d.decided_on
            FROM casehandling.decided_interventions di
            JOIN casehandling.decisions d ON d.id = di.decision_id
            JOIN casehandling.cases c ON c.id = d.case_id
            WHERE d.status = 'DECIDED' AND di.outcome IN ('GRANTED', 'PARTLY_GRANTED') AND di.starts_on IS NOT NULL
            """;

    private static final String UNASSIGNED = """
              AND NOT EXISTS (SELECT 1 FROM providercontracts.assignments a WHERE a.intervention_id = di.id
                  AND a.status NOT IN ('WITHDRAWN', 'DECLINED') AND a.end_reason IS DISTINCT FROM 'REPLACED')
            """;

    private void assignEveryIntervention() {
        var started = System.nanoTime();
        var after = new UUID(0, 0);
        var chunks = 0;
        while (true) {
            // Those without a live assignment (the showcase's, or another run's), by the partial unique index.
            var chunk = jdbc.query(GRANTED + UNASSIGNED + " AND di.id > ? ORDER BY di.id LIMIT " + CHUNK,
                    (rs, n) -> granted(rs), after);
            if (chunk.isEmpty()) {
                break;
            }
            after = chunk.getLast().id();
            var goalsOfCase = goalsOf(chunk.stream().map(Granted::caseId).distinct().toList());
            for (var intervention : chunk) {
                assign(intervention, goalsOfCase.getOrDefault(intervention.caseId(), List.of()));
            }
            flush();
            if (++chunks % 25 == 0) {
                log.info("Demo data, provider contracts: {} assignments, {} attendance days so far ({} s)",
                        assignmentCount, dayCount, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
    }

    private static Granted granted(java.sql.ResultSet rs) throws java.sql.SQLException {
        var plannedEnd = rs.getDate(8);
        var closedOn = rs.getDate(9);
        return new Granted(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                plannedEnd == null ? null : plannedEnd.toLocalDate(), closedOn == null ? null : closedOn.toLocalDate(),
                rs.getString(10), rs.getDate(11).toLocalDate());
    }

    /** The goals of each case's agreed care plan (the latest revision), as the assignment copies them when sent. */
    private Map<UUID, List<Object[]>> goalsOf(List<UUID> cases) {
        var byCase = new HashMap<UUID, List<Object[]>>();
        if (cases.isEmpty()) {
            return byCase;
        }
        jdbc.query("""
                SELECT p.case_id, g.id, g.text FROM casehandling.care_plans p
                JOIN casehandling.care_plan_goals g ON g.care_plan_id = p.id
                WHERE p.case_id = ANY (CAST(? AS uuid[])) AND p.status = 'AGREED'
                ORDER BY p.case_id, g.position""", rs -> {
            byCase.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Object[] {rs.getObject(2, UUID.class), rs.getString(3)});
        }, (Object) cases.stream().map(UUID::toString).toArray(String[]::new));
        return byCase;
    }

    /** One intervention's assignments: the states its dates imply, sometimes a decline and a second provider first. */
    private void assign(Granted g, List<Object[]> caseGoals) {
        var pool = offers.get(g.type());
        if (pool == null || pool.isEmpty()) {
            return;
        }
        var sentOn = min(g.decidedOn().plusDays(random.nextInt(3)), today);
        var sentAt = at(sentOn, 9 * 60 + random.nextInt(7 * 60));
        var daysSinceSent = ChronoUnit.DAYS.between(sentOn, today);
        var roll = random.nextInt(1000);
        if (roll < 40 && daysSinceSent > 6) {
            // Declined by the first provider (full, or the client's needs beyond its competence); the caseworker
            // sends it to another the next days.
            var first = pick(pool, sentOn, false, null);
            var answered = sentOn.plusDays(1 + random.nextInt(3));
            write(g, first, "DECLINED", sentAt, at(answered, 10 * 60), null, null, null, null, 0, caseGoals);
            sentOn = answered.plusDays(1 + random.nextInt(2));
            sentAt = at(sentOn, 9 * 60 + random.nextInt(7 * 60));
            daysSinceSent = ChronoUnit.DAYS.between(sentOn, today);
            var second = pick(pool, sentOn, g.closedOn() == null, first);
            finish(g, second, sentOn, sentAt, daysSinceSent, caseGoals);
            return;
        }
        var open = g.closedOn() == null;
        finish(g, pick(pool, sentOn, open, null), sentOn, sentAt, daysSinceSent, caseGoals);
    }

    /** The live assignment of an intervention, in the state its dates and the provider's answer imply. */
    private void finish(Granted g, Offer offer, LocalDate sentOn, Instant sentAt, long daysSinceSent,
                        List<Object[]> caseGoals) {
        var receivedOn = sentOn.plusDays(random.nextInt(2));
        var acceptedOn = receivedOn.plusDays(random.nextInt(3));
        var start = g.startsOn().isBefore(acceptedOn) ? acceptedOn : g.startsOn();
        if (g.closedOn() != null) {
            // Ended: answered and started no later than the intervention's own start (or the sending, if later).
            start = g.startsOn().isBefore(sentOn) ? sentOn : g.startsOn();
            receivedOn = min(receivedOn, start);
            acceptedOn = min(acceptedOn, start);
            var ended = g.closedOn().isBefore(start) ? start : g.closedOn();
            var reason = "GOALS_REACHED".equals(g.closureReason()) || "PARTLY_REACHED".equals(g.closureReason())
                    ? "COMPLETED" : random.nextInt(10) == 0 ? "REPLACED" : "BROKEN_OFF";
            // An assignment replaced ends like any other; the intervention was closed with it.
            write(g, offer, "ENDED", sentAt, at(receivedOn, 11 * 60), at(acceptedOn, 14 * 60), start, ended, reason,
                    0, caseGoals);
            return;
        }
        // Open: waiting for the answer when sent recently (a few long unanswered ones escalate), otherwise
        // accepted, and running from the start.
        var unanswered = daysSinceSent < 4 ? random.nextInt(10) < 8 : daysSinceSent < 30 && random.nextInt(10) < 2;
        if (unanswered || acceptedOn.isAfter(today)) {
            var received = daysSinceSent > 0 && random.nextBoolean();
            var step = escalationStep(sentOn);
            write(g, offer, received ? "RECEIVED" : "SENT", sentAt, received ? at(receivedOn, 11 * 60) : null, null,
                    null, null, null, step, caseGoals);
            return;
        }
        write(g, offer, start.isAfter(today) ? "ACCEPTED" : "RUNNING", sentAt, at(receivedOn, 11 * 60),
                at(acceptedOn, 14 * 60), start, null, null, 0, caseGoals);
    }

    private int escalationStep(LocalDate sentOn) {
        var remindOn = sentOn.plusDays(reminderDays);
        return today.isBefore(remindOn) ? 0 : today.isBefore(remindOn.plusDays(escalationDays)) ? 1 : 2;
    }

    /**
     * A contract valid on the day, among a few drawn at random the one with most room when the assignment takes a
     * place (accepted or running at the end), so that places are respected as far as the data allows.
     */
    private Offer pick(List<Offer> pool, LocalDate on, boolean takesPlace, Offer not) {
        Offer best = null;
        for (var tries = 0; tries < 12; tries++) {
            var candidate = pool.get(random.nextInt(pool.size()));
            if (candidate == not && pool.size() > 1 || !candidate.validOn(on) && tries < 8) {
                continue;
            }
            if (best == null || room(candidate) > room(best)) {
                best = candidate;
            }
            if (!takesPlace && best != null) {
                break;
            }
        }
        if (best == null) {
            best = pool.get(random.nextInt(pool.size()));
        }
        if (takesPlace) {
            best.taken++;
        }
        return best;
    }

    private static double room(Offer offer) {
        return offer.places == null ? 1.0 : (offer.places - offer.taken) / (double) offer.places;
    }

    private static final String[] REPORTING = {
            "Närvaro och vårddygn varje månad; avvikelser samma dag.",
            "Genomförandeplan inom tre veckor, närvaro månadsvis och avvikelser direkt.",
            "Månadsrapport om närvaro; avbrott och allvarliga händelser samma dag."};
    private static final String[] FOLLOW_UP = {
            "Uppföljningsmöte efter sex veckor och därefter var tredje månad.",
            "Handläggaren följer upp vid trepartsmöte efter en månad.",
            "Uppföljning mot vårdplanens mål vid varje planerad uppföljning."};
    private static final String[] DECLINE_REASONS = {
            "Vi har ingen ledig plats vid önskat startdatum.",
            "Klientens behov av somatisk vård går utöver vår kompetens.",
            "Klienten passar inte in i nuvarande grupp; vi föreslår en annan utförare."};

    /** Writes one assignment planned to start on the intervention's granted start. */
    private void write(Granted g, Offer offer, String status, Instant sentAt, Instant receivedAt, Instant acceptedAt,
                       LocalDate startedOn, LocalDate endedOn, String endReason, int escalation,
                       List<Object[]> caseGoals) {
        write(g, g.startsOn(), offer, status, sentAt, receivedAt, acceptedAt, startedOn, endedOn, endReason,
                escalation, caseGoals);
    }

    /**
     * Writes one assignment with its history (in the order it happened), goals, implementation plan and reported
     * days.
     */
    private void write(Granted g, LocalDate plannedStart, Offer offer, String status, Instant sentAt,
                       Instant receivedAt, Instant acceptedAt, LocalDate startedOn, LocalDate endedOn,
                       String endReason, int escalation, List<Object[]> caseGoals) {
        var id = ids.next();
        var caseworker = g.responsible() == null ? "system" : g.responsible();
        var providerUser = SHOWCASE_PROVIDER.equals(offer.providerCode) ? "utforare"
                : SHOWCASE_LOV_PROVIDER.equals(offer.providerCode) ? "utforare.nyktervag"
                : "personal." + offer.providerCode;
        // A method of the contract that refines the intervention's type (a treatment home's contract may also cover
        // outpatient methods).
        var fitting = offer.methods.stream().filter(methodsByType.getOrDefault(g.type(), List.of())::contains)
                .toList();
        var method = fitting.isEmpty() ? offer.methods.getFirst() : fitting.get(random.nextInt(fitting.size()));
        var created = min(at(g.decidedOn(), 8 * 60 + random.nextInt(60)), sentAt);
        var entries = new ArrayList<Object[]>();
        entries.add(new Object[] {created, "system", "DRAFTED", null});
        entries.add(new Object[] {max(created, sentAt.minusSeconds(600)), caseworker, "DRAFT_WRITTEN", null});
        entries.add(new Object[] {sentAt, caseworker, "SENT", null});
        if (receivedAt != null) {
            entries.add(new Object[] {max(receivedAt, sentAt), providerUser, "RECEIVED", null});
        }
        var sentOn = LocalDate.ofInstant(sentAt, STOCKHOLM);
        Instant escalatedAt = null;
        for (var step = 1; step <= escalation; step++) {
            var due = sentOn.plusDays(reminderDays + (step == 2 ? escalationDays : 0));
            escalatedAt = at(due, 7 * 60);
            entries.add(new Object[] {escalatedAt, "system", "ESCALATED",
                    step == 1 ? "PROVIDER_REMINDED" : "CASE_STAFF_TOLD"});
        }
        String declineReason = null;
        if ("DECLINED".equals(status)) {
            declineReason = DECLINE_REASONS[random.nextInt(DECLINE_REASONS.length)];
            var answered = acceptedAt != null ? acceptedAt : receivedAt;
            entries.add(new Object[] {answered, providerUser, "DECLINED", null});
        }
        LocalDate acceptedStart = null;
        Instant accepted = null;
        if (acceptedAt != null && !"DECLINED".equals(status)) {
            acceptedStart = startedOn;
            accepted = max(max(acceptedAt, sentAt), (Instant) entries.getLast()[0]);
            entries.add(new Object[] {accepted, providerUser, "ACCEPTED", startedOn.toString()});
            if (!startedOn.isAfter(today) && ("RUNNING".equals(status) || "ENDED".equals(status))) {
                entries.add(new Object[] {max(at(startedOn, 9 * 60), accepted), providerUser, "STARTED",
                        startedOn.toString()});
            }
        }
        if ("ENDED".equals(status)) {
            entries.add(new Object[] {max(at(endedOn, 15 * 60), (Instant) entries.getLast()[0]), caseworker, "ENDED",
                    endReason});
        }
        entries.sort(java.util.Comparator.comparing(e -> (Instant) e[0]));
        // The plan's establishing is told in the history as the facade tells it, without changing the assignment's
        // row (its version and last change stay the assignment's own).
        var told = new ArrayList<>(entries);
        if (accepted != null) {
            told.addAll(plan(id, g.type(), status, accepted, startedOn, endedOn, caseGoals, providerUser));
            told.sort(java.util.Comparator.comparing(e -> (Instant) e[0]));
        }
        for (var entry : told) {
            history.add(id, entry[0], entry[1], entry[2], entry[3], actorName((String) entry[1]));
        }
        historyCount += told.size();
        var position = 0;
        for (var goal : caseGoals) {
            goals.add(id, position++, goal[0], goal[1]);
        }
        goalCount += caseGoals.size();
        var last = entries.getLast();
        var months = g.plannedEnd() == null ? 0 : ChronoUnit.MONTHS.between(g.startsOn(), g.plannedEnd());
        var running = "RUNNING".equals(status) || "ENDED".equals(status);
        // The client's phone number is shared only with the client's consent (the address never, in generated data).
        var consented = random.nextInt(10) < 8;
        assignments.add(id, g.caseId(), g.decision(), g.id(), g.type(), g.startsOn(), status, g.decidedOn(), method,
                offer.provider, offer.id, "LOV".equals(offer.form), plannedStart,
                months == 0 ? "Tills vidare, prövas vid uppföljning" : months + " månader",
                REPORTING[random.nextInt(REPORTING.length)], FOLLOW_UP[random.nextInt(FOLLOW_UP.length)],
                staffName(caseworker) + ", socialsekreterare", consented, false, consented && random.nextInt(10) < 6,
                sentAt, acceptedStart, declineReason, running ? startedOn : null, endedOn, endReason,
                (short) escalation, escalatedAt, created, last[0], last[1], (long) entries.size() - 1, g.unit());
        assignmentCount++;
        if (running) {
            var through = endedOn != null ? endedOn : today.minusDays(1);
            attendance(id, offer, startedOn.isBefore(reportedSince) ? reportedSince : startedOn, through,
                    providerUser);
        }
    }

    // --- Implementation plans ----------------------------------------------------------------------------------------

    /** At most this many established versions of a generated plan: the first and its half-yearly revisions. */
    private static final int MAX_PLAN_VERSIONS = 4;

    /**
     * The implementation plan (genomförandeplan) of an accepted, running or ended assignment, in the rows the facade
     * writes ({@code ImplementationPlanRows}): an accepted assignment's plan is a draft being written; a running or
     * ended one's was established one to three weeks after the start and revised about every six months (at most
     * {@value #MAX_PLAN_VERSIONS} versions), a running one sometimes with a revision's draft open. A plan whose first
     * establishing would fall after the end (or today) is left a draft (an ended assignment's: none at all). Returns
     * the history entries {@code PLAN_ESTABLISHED}, as the facade records them.
     */
    private List<Object[]> plan(UUID assignment, String type, String status, Instant accepted, LocalDate startedOn,
                                LocalDate endedOn, List<Object[]> caseGoals, String by) {
        var told = new ArrayList<Object[]>();
        var running = "RUNNING".equals(status);
        var ended = "ENDED".equals(status);
        if (!running && !ended && !"ACCEPTED".equals(status)) {
            return told;
        }
        var byName = providerStaffName(by);
        var id = planIds.next();
        var created = max(accepted, at(LocalDate.ofInstant(accepted, STOCKHOLM).plusDays(1 + planRandom.nextInt(3)),
                9 * 60 + planRandom.nextInt(6 * 60)));
        // The last day the plan could be established on: the day before the end, or today.
        var bound = ended ? endedOn.minusDays(1) : today;
        var version = 1L;
        var changed = created;
        var number = 0;
        if (running || ended) {
            var day = startedOn.plusDays(5 + planRandom.nextInt(16));
            while (!day.isAfter(bound) && number < MAX_PLAN_VERSIONS) {
                var establishedAt = max(created, at(day, 10 * 60 + planRandom.nextInt(5 * 60)));
                if (establishedAt.isAfter(now) || ended && !establishedAt.isBefore(at(endedOn, 15 * 60))) {
                    break;
                }
                number++;
                // Written (a revision: opened and rewritten) and established: two saves, one for the first version
                // whose draft opened the plan.
                version += number == 1 ? 1 : 2;
                changed = establishedAt;
                var content = planContent(type, caseGoals, number);
                planVersions.add(id, number, content.workingWith, content.participation, content.clientView,
                        establishedAt, by, byName);
                var position = 0;
                for (var activity : content.activities) {
                    planActivities.add(id, number, position++, activity[0], activity[1], activity[2], activity[3]);
                }
                told.add(new Object[] {establishedAt, by, "PLAN_ESTABLISHED", String.valueOf(number)});
                planVersionCount++;
                day = day.plusDays(150 + planRandom.nextInt(61));
            }
            if (ended && number == 0) {
                return told;
            }
        }
        // A draft: the accepted assignment's first, the running one's that was never established yet, or sometimes
        // a running one's revision being written.
        var draftOpen = number == 0 || running && planRandom.nextInt(100) < 15;
        PlanText draft = null;
        if (draftOpen) {
            draft = planContent(type, caseGoals, number + 1);
            if (number > 0) {
                version++;
                changed = min(now, max(changed, at(today.minusDays(planRandom.nextInt(10)), 9 * 60)));
            }
            var position = 0;
            for (var activity : draft.activities) {
                draftActivities.add(id, position++, activity[0], activity[1], activity[2], activity[3]);
            }
        }
        plans.add(id, assignment, draftOpen, draft == null ? null : draft.workingWith,
                draft == null ? null : draft.participation, draft == null ? null : draft.clientView, created, by,
                max(changed, created), by, version);
        planCount++;
        return told;
    }

    /** A plan's texts: activities as description, goal, performer, schedule. */
    private record PlanText(List<String[]> activities, String workingWith, String participation, String clientView) {
    }

    /**
     * The texts of a plan's version: an activity for each of the assignment's goals (up to three; a general one
     * without goals) and one of the provider's own, how the provider works with others and the client's
     * participation; a revision says it followed the plan up with the client.
     */
    private PlanText planContent(String type, List<Object[]> caseGoals, int number) {
        var descriptions = switch (type) {
            case "RESIDENTIAL" -> RESIDENTIAL_ACTIVITIES;
            case "OUTPATIENT" -> OUTPATIENT_ACTIVITIES;
            case "SUPPORTED_HOUSING" -> HOUSING_ACTIVITIES;
            case "OCCUPATION" -> OCCUPATION_ACTIVITIES;
            case "CONTACT_PERSON" -> CONTACT_ACTIVITIES;
            default -> OUTPATIENT_ACTIVITIES;
        };
        var goalsToMeet = new ArrayList<String>();
        for (var goal : caseGoals) {
            if (goalsToMeet.size() < 3) {
                goalsToMeet.add((String) goal[1]);
            }
        }
        if (goalsToMeet.isEmpty()) {
            goalsToMeet.add(OWN_GOALS[planRandom.nextInt(OWN_GOALS.length)]);
        }
        goalsToMeet.add(OWN_GOALS[planRandom.nextInt(OWN_GOALS.length)]);
        var activities = new ArrayList<String[]>();
        var first = planRandom.nextInt(descriptions.length);
        for (var i = 0; i < goalsToMeet.size(); i++) {
            activities.add(new String[] {descriptions[(first + i) % descriptions.length], goalsToMeet.get(i),
                    performer(), SCHEDULES[planRandom.nextInt(SCHEDULES.length)]});
        }
        var workingWith = WORKING_WITH[planRandom.nextInt(WORKING_WITH.length)];
        var participation = PARTICIPATION[planRandom.nextInt(PARTICIPATION.length)]
                + (number > 1 ? " Planen följdes upp och reviderades tillsammans med klienten." : "");
        var clientView = planRandom.nextInt(10) < 7 ? CLIENT_VIEWS[planRandom.nextInt(CLIENT_VIEWS.length)] : null;
        return new PlanText(activities, workingWith, participation, clientView);
    }

    private String performer() {
        var first = SwedishNames.pick(planRandom.nextBoolean() ? SwedishNames.WOMEN : SwedishNames.MEN, planRandom);
        return switch (planRandom.nextInt(5)) {
            case 0 -> "Behandlare " + first;
            case 1 -> "Kontaktperson " + first;
            case 2 -> "Klienten med stöd av " + first;
            case 3 -> "Personalgruppen, samordnat av " + first;
            default -> "Klienten och " + first + " tillsammans";
        };
    }

    private final Map<String, String> providerStaffNames = new HashMap<>();

    /** The display name the plan keeps for who established it: the demo users' own, a generated one otherwise. */
    private String providerStaffName(String username) {
        return switch (username) {
            case "utforare" -> "Maria Sjöberg";
            case "utforare.nyktervag" -> "Jonas Ek";
            default -> providerStaffNames.computeIfAbsent(username, u -> SwedishNames.pick(planRandom.nextBoolean()
                    ? SwedishNames.WOMEN : SwedishNames.MEN, planRandom) + " "
                    + SwedishNames.pick(SwedishNames.FAMILY, planRandom));
        };
    }

    private static final String[] RESIDENTIAL_ACTIVITIES = {
            "Individuella behandlingssamtal med återfallsprevention.",
            "Gruppbehandling enligt tolvstegsprogrammet, steg ett till fyra.",
            "Stöd i vardagens rutiner: sömn, måltider och städning.",
            "Fysisk aktivitet tillsammans med personal.",
            "Nätverksmöte med anhöriga om tiden efter behandlingen.",
            "Planering av boende och sysselsättning inför utskrivning."};
    private static final String[] OUTPATIENT_ACTIVITIES = {
            "Samtal enligt KBT med fokus på risksituationer.",
            "Motiverande samtal om förändring av alkoholvanor.",
            "Urinprov enligt överenskommelse med klienten.",
            "Gruppträffar i återfallsprevention.",
            "Genomgång av dryckesdagbok och veckans mål."};
    private static final String[] HOUSING_ACTIVITIES = {
            "Boendestöd i lägenheten: tvätt, städning och inköp.",
            "Stöd att betala räkningar och hålla kontakt med hyresvärden.",
            "Följa med till vårdcentralen och andra myndigheter.",
            "Husmöte med de andra boende."};
    private static final String[] OCCUPATION_ACTIVITIES = {
            "Arbetsträning i verksamhetens café.",
            "Stöd att planera veckan och passa tider.",
            "Praktik i snickeriet med handledare.",
            "Studiebesök inför arbetsmarknadsinsats."};
    private static final String[] CONTACT_ACTIVITIES = {
            "Träffar med kontaktpersonen för samtal och promenad.",
            "Gemensamma fritidsaktiviteter som klienten väljer.",
            "Stöd att bygga upp kontakten med familjen."};
    private static final String[] OWN_GOALS = {
            "Klienten känner igen sina risksituationer och har en plan för dem.",
            "Klienten har fasta rutiner för sömn och måltider.",
            "Klienten sköter sina räkningar med visst stöd.",
            "Klienten deltar i minst tre av fyra planerade träffar.",
            "Klienten har regelbunden kontakt med sin familj.",
            "Klienten har en meningsfull sysselsättning några dagar i veckan."};
    private static final String[] SCHEDULES = {
            "Varje vecka, tisdagar kl. 10", "Två gånger i veckan", "Dagligen", "Varannan vecka",
            "En gång i månaden", "Måndag–fredag förmiddag", "Varje torsdag eftermiddag"};
    private static final String[] WORKING_WITH = {
            "Vi träffar handläggaren vid trepartsmöte var sjätte vecka och rapporterar avvikelser samma dag.",
            "Samverkan med regionens beroendemottagning om medicinering; samordnad individuell plan vid behov.",
            "Kontakt med klientens husläkare och med Arbetsförmedlingen inför avslutet.",
            "Vi håller handläggaren underrättad månadsvis och bjuder in till uppföljning efter tre månader."};
    private static final String[] PARTICIPATION = {
            "Planen skrevs tillsammans med klienten vid två samtal; klienten valde själv aktiviteternas tider.",
            "Klienten har läst planen och ändrat aktiviteten om fritid efter egna önskemål.",
            "Klienten deltog vid planeringsmötet tillsammans med sin syster.",
            "Klienten har varit med och formulerat delmålen med egna ord."};
    private static final String[] CLIENT_VIEWS = {
            "Jag vill klara mig själv och behöver hjälp med rutinerna.",
            "Det känns bra att ha någon att prata med varje vecka.",
            "Jag vill helst träffas på förmiddagar.",
            "Jag tycker planen är rimlig men vill börja arbeta så snart som möjligt."};

    /**
     * The days the provider reported from {@code from} (the start, or the first day reported) through {@code through}: every day for a care-day contract, 1-3
     * weekdays a week with hours for an hour contract (none for a month or fixed price), one report per month, sent
     * a few days after the month (the current month's report is the latest).
     */
    private void attendance(UUID assignment, Offer offer, LocalDate from, LocalDate through, String by) {
        var careDays = "CARE_DAY".equals(offer.priceUnit);
        if (!careDays && !"HOUR".equals(offer.priceUnit) || through.isBefore(from)) {
            return;
        }
        var weekdays = new HashSet<DayOfWeek>();
        if (!careDays) {
            var count = 1 + random.nextInt(3);
            while (weekdays.size() < count) {
                weekdays.add(DayOfWeek.of(1 + random.nextInt(5)));
            }
        }
        var hours = new String[] {"1.00", "1.50", "2.00", "3.00"}[random.nextInt(4)];
        var monthStart = from;
        while (!monthStart.isAfter(through)) {
            var monthEnd = monthStart.withDayOfMonth(monthStart.lengthOfMonth());
            var last = monthEnd.isAfter(through) ? through : monthEnd;
            var report = nextReportId();
            var reported = min(at(last.plusDays(1 + random.nextInt(5)), 10 * 60), now);
            var any = false;
            for (var day = monthStart; !day.isAfter(last); day = day.plusDays(1)) {
                if (careDays || weekdays.contains(day.getDayOfWeek())) {
                    days.add(assignment, day, careDays ? null : hours, report);
                    dayCount++;
                    any = true;
                }
            }
            if (any) {
                reports.add(report, assignment, monthStart, last, reported, by, actorName(by));
                reportCount++;
            } else {
                // Nothing given that month (a first week without its weekday): no report.
                reportIdNext--;
            }
            monthStart = monthEnd.plusDays(1);
        }
    }

    /** A report id from the table's own identity sequence (drawn a block at a time), so later reports follow on. */
    private long nextReportId() {
        if (reportIdNext >= reportIds.size()) {
            reportIds.clear();
            reportIds.addAll(jdbc.queryForList("SELECT nextval(pg_get_serial_sequence("
                    + "'providercontracts.attendance_reports', 'id')) FROM generate_series(1, 2000)", Long.class));
            reportIdNext = 0;
        }
        return reportIds.get(reportIdNext++);
    }

    private void flush() {
        assignments.flush(jdbc);
        history.flush(jdbc);
        goals.flush(jdbc);
        plans.flush(jdbc);
        draftActivities.flush(jdbc);
        planVersions.flush(jdbc);
        planActivities.flush(jdbc);
        reports.flush(jdbc);
        days.flush(jdbc);
    }

    // --- The run command's showcase ----------------------------------------------------------------------------------

    /**
     * The demo providers' inbox: assignments to Solgården (the demo user {@code utforare}) and Nykter väg
     * ({@code utforare.nyktervag}) in cases of the demo caseworker's unit, her own first: one sent today, one sent long
     * ago and escalated to the caseworker and unit manager, one received and due for the escalation job's reminder,
     * one accepted, one running with care days reported, one declined; and at Nykter väg one new and one running with
     * hours. Needs the demo provider file's providers; without them nothing is made.
     */
    private void showcase() {
        var solgarden = offers.getOrDefault("RESIDENTIAL", List.of()).stream()
                .filter(o -> SHOWCASE_PROVIDER.equals(o.providerCode)).findFirst();
        var nykterVag = offers.getOrDefault("OUTPATIENT", List.of()).stream()
                .filter(o -> SHOWCASE_LOV_PROVIDER.equals(o.providerCode)).findFirst();
        if (solgarden.isEmpty()) {
            log.info("Demo data: the demo provider {} is not registered; no assignments shown to its staff",
                    SHOWCASE_PROVIDER);
            return;
        }
        // Residential care first within the demo caseworker's cases and then her unit's; the treatment home's
        // contract also covers outpatient methods (twelve-step, relapse prevention, CBT), which her few cases need.
        var residential = showcaseInterventions("RESIDENTIAL", "OUTPATIENT");
        for (var state : Showcase.values()) {
            take(residential, state).ifPresent(g -> showcaseOne(g, solgarden.get(), state));
        }
        // Written before the next query, which must not pick the same interventions.
        flush();
        if (nykterVag.isPresent()) {
            var outpatient = showcaseInterventions("OUTPATIENT", "OUTPATIENT");
            for (var state : List.of(Showcase.NEW, Showcase.RUNNING)) {
                take(outpatient, state).ifPresent(g -> showcaseOne(g, nykterVag.get(), state));
            }
        }
        flush();
    }

    /** The showcase's assignments, with the day each was sent (days before today). */
    private enum Showcase {
        NEW(0), ESCALATED(12), REMIND(6), ACCEPTED(4), RUNNING(51), DECLINED(3);

        final int sentDaysAgo;

        Showcase(int sentDaysAgo) {
            this.sentDaysAgo = sentDaysAgo;
        }
    }

    /**
     * Granted, open interventions of the type or the other type without an assignment, in open decided cases of
     * persons without protected identity: the demo caseworker's own first, then her unit's, then other units'; within
     * each, the type first.
     */
    private List<Granted> showcaseInterventions(String type, String otherwise) {
        return new ArrayList<>(jdbc.query(GRANTED + """
                  AND di.intervention_type IN (?, ?) AND di.closed_on IS NULL AND c.status = 'DECIDED'
                  AND NOT EXISTS (SELECT 1 FROM casehandling.persons p WHERE p.id = c.person_id
                                  AND p.protection <> 'NONE')
                  AND NOT EXISTS (SELECT 1 FROM providercontracts.assignments a WHERE a.intervention_id = di.id)
                ORDER BY (c.responsible = ?) DESC, (c.unit_code = ?) DESC, (di.intervention_type = ?) DESC,
                    d.decided_on DESC, di.id
                LIMIT 60""", (rs, n) -> granted(rs), type, otherwise, SHOWCASE_CASEWORKER, SHOWCASE_UNIT, type));
    }

    /** The first candidate decided no later than the showcase sends it (an assignment never precedes its decision). */
    private java.util.Optional<Granted> take(List<Granted> candidates, Showcase state) {
        var sentOn = today.minusDays(state.sentDaysAgo);
        for (var i = 0; i < candidates.size(); i++) {
            if (!candidates.get(i).decidedOn().isAfter(sentOn)) {
                return java.util.Optional.of(candidates.remove(i));
            }
        }
        return java.util.Optional.empty();
    }

    private void showcaseOne(Granted g, Offer offer, Showcase state) {
        var caseGoals = goalsOf(List.of(g.caseId())).getOrDefault(g.caseId(), List.of());
        var sentOn = today.minusDays(state.sentDaysAgo);
        var sentAt = at(sentOn, 10 * 60);
        // The start the caseworker plans follows the sending (and the decision before it): a week after it, or the
        // granted start when that is later, so that no showcase assignment is sent after it was meant to start.
        var plannedStart = max(g.startsOn(), max(g.decidedOn(), sentOn).plusDays(7));
        switch (state) {
            case NEW -> write(g, plannedStart, offer, "SENT", min(now.minusSeconds(1_800), at(today, 8 * 60)), null,
                    null, null, null, null, 0, caseGoals);
            // Unanswered past both deadlines: the provider was reminded, then the caseworker and unit manager told.
            case ESCALATED -> write(g, plannedStart, offer, "SENT", sentAt, null, null, null, null, null,
                    escalationStep(sentOn), caseGoals);
            // Received but unanswered a day past the reminder deadline (at the default five days): the escalation
            // job reminds the provider when it next runs (its cron), which the demo shows live.
            case REMIND -> write(g, plannedStart, offer, "RECEIVED", sentAt, at(sentOn.plusDays(1), 9 * 60), null,
                    null, null, null, 0, caseGoals);
            // Accepted to start a week from today, as planned.
            case ACCEPTED -> write(g, max(g.startsOn(), today.plusDays(7)), offer, "ACCEPTED", sentAt,
                    at(sentOn, 13 * 60), at(sentOn.plusDays(1), 11 * 60), today.plusDays(7), null, null, 0,
                    caseGoals);
            // Started six days after the sending, as planned.
            case RUNNING -> write(g, sentOn.plusDays(6), offer, "RUNNING", sentAt, at(sentOn, 15 * 60),
                    at(sentOn.plusDays(2), 10 * 60), sentOn.plusDays(6), null, null, 0, caseGoals);
            case DECLINED -> write(g, plannedStart, offer, "DECLINED", sentAt, at(sentOn, 14 * 60),
                    at(sentOn.plusDays(1), 9 * 60), null, null, null, 0, caseGoals);
        }
    }

    // --- Values ------------------------------------------------------------------------------------------------------

    private final Map<String, String> staffNames = new HashMap<>();

    private String staffName(String username) {
        return staffNames.computeIfAbsent(username, u -> {
            var names = jdbc.queryForList("SELECT display_name FROM organisation.staff_members WHERE username = ?",
                    String.class, u);
            return names.isEmpty() ? "Handläggaren" : names.getFirst();
        });
    }

    private final Map<String, java.util.Optional<String>> actorNames = new HashMap<>();

    /**
     * The display name the history keeps beside a username, as the facade keeps the signed-in user's: none for the
     * system, the organisation's name for its staff, the provider's staff's name otherwise (the demo users' own, else
     * one drawn from the username, so that the other draws stay as they were).
     */
    private String actorName(String username) {
        if ("system".equals(username)) {
            return null;
        }
        return actorNames.computeIfAbsent(username, u -> {
            var staff = jdbc.queryForList("SELECT display_name FROM organisation.staff_members WHERE username = ?",
                    String.class, u);
            if (!staff.isEmpty()) {
                return java.util.Optional.of(staff.getFirst());
            }
            if (u.equals("utforare") || u.equals("utforare.nyktervag") || providerStaffNames.containsKey(u)) {
                return java.util.Optional.of(providerStaffName(u));
            }
            var drawn = new java.util.Random(u.hashCode());
            return java.util.Optional.of(SwedishNames.pick(drawn.nextBoolean() ? SwedishNames.WOMEN : SwedishNames.MEN,
                    drawn) + " " + SwedishNames.pick(SwedishNames.FAMILY, drawn));
        }).orElse(null);
    }

    private String personName() {
        return SwedishNames.pick(random.nextBoolean() ? SwedishNames.WOMEN : SwedishNames.MEN, random) + " "
                + SwedishNames.pick(SwedishNames.FAMILY, random);
    }

    /**
     * A valid organisation number: ten digits, the third at least 2 (a legal person, never a personal identity number
     * whose month it would be), the last a Luhn check digit. Municipalities' own-run units in the 21 group, companies
     * (aktiebolag) in the 55 group.
     */
    String organisationNumber(boolean municipal) {
        var digits = new StringBuilder(municipal ? "212" : "55" + (6 + random.nextInt(4)));
        while (digits.length() < 9) {
            digits.append(random.nextInt(10));
        }
        return digits.toString() + luhn(digits.toString());
    }

    static int luhn(String nineDigits) {
        var sum = 0;
        for (var i = 0; i < nineDigits.length(); i++) {
            var d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A moment on the day (minutes after midnight, Swedish time), never after now. */
    private Instant at(LocalDate day, int minuteOfDay) {
        var instant = day.atStartOfDay(STOCKHOLM).plusMinutes(minuteOfDay).toInstant();
        return instant.isAfter(now) ? now : instant;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
