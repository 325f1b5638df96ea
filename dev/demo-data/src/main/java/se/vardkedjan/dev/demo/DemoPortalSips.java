package se.vardkedjan.dev.demo;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A SIP with the region for each of the portal's demo clients (ADR 0028, slice 2), so "Min SIP" shows who takes part,
 * who does what, the coordinator, the next follow-up and the consent, and the client can withdraw it: active, with the
 * demo caseworker as coordinator, a named doctor of the region whose account ({@code region.lakare}) reads it until
 * the consent is withdrawn, a measure for each principal, written goals and a follow-up date. Deterministic: the same
 * day gives the same plans.
 */
final class DemoPortalSips {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String REGION_ACCOUNT = "region.lakare";

    private DemoPortalSips() {
    }

    /**
     * Adds an active SIP to the portal client's decided case: consent given a week after the decision (not after today),
     * the SIP drawn up three days later, followed up two months after that or, if that has passed, in two weeks.
     */
    static void add(DemoTables tables, DemoIds ids, java.util.UUID caseId, String caseworker, LocalDate decided,
                    LocalDate today, java.time.Instant now) {
        var consentOn = min(decided.plusDays(7), today.minusDays(3));
        var planDate = min(consentOn.plusDays(3), today);
        var followUpOn = planDate.plusMonths(2).isAfter(today) ? planDate.plusMonths(2) : today.plusDays(14);
        var id = ids.next();
        var municipal = ids.next();
        var region = ids.next();
        tables.coordinatedPlans.add(id, caseId, "ACTIVE", planDate, caseworker, consentOn, "WRITTEN", caseworker,
                null, null, "MUNICIPALITY", municipal,
                "Jag vill bo kvar i min lägenhet och sova bättre. Vården och socialtjänsten ska veta vad den andra gör.",
                followUpOn, at(consentOn, 10, now), at(planDate, 15, now), 8L);
        tables.participants.add(municipal, id, 0, "MUNICIPALITY", caseworker, null, null, null, "Socialsekreterare",
                null, false, null);
        tables.participants.add(region, id, 1, "REGION", null, "Karin Berg", "Region Exempel",
                "Beroendemottagningen", "Läkare", REGION_ACCOUNT, false, null);
        tables.measures.add(id, 0, "MUNICIPALITY", "Stöd i boendet", "Boendestöd två gånger i veckan");
        tables.measures.add(id, 1, "REGION", "Sömn och medicinering", "Läkarbesök på beroendemottagningen varje månad");
        tables.history.add(id, consentOn, at(consentOn, 10, now), "CREATED", "DRAFT", caseworker, null);
        tables.history.add(id, planDate, at(planDate, 15, now), "ACTIVATED", "ACTIVE", caseworker, null);
        tables.readGrants.add(id, region, REGION_ACCOUNT, at(planDate, 15, now), null);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The hour of the day, Swedish time, never after now. */
    private static java.time.Instant at(LocalDate day, int hour, java.time.Instant now) {
        var instant = day.atTime(hour, 0).atZone(STOCKHOLM).toInstant();
        return instant.isAfter(now) ? now : instant;
    }
}
