package se.vardkedjan.dev.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the portal's demo clients read in "Min journal" (ADR 0028, issue 12 slice 2), the same for each: two entries
 * released to them, one of them corrected after it was written, and one not released (it tells what a relative said,
 * which the caseworker has not checked for release). Their decided case already has a made decision for "Mina beslut".
 * Deterministic: no random numbers, only the case's own dates.
 */
final class DemoPortalJournal {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final DemoTables tables;
    private final DemoIds ids;
    private final LocalDate today;
    private final Instant now;

    DemoPortalJournal(DemoTables tables, DemoIds ids, LocalDate today, Instant now) {
        this.tables = tables;
        this.ids = ids;
        this.today = today;
        this.now = now;
    }

    /**
     * The three entries of the portal client's decided case, written by its responsible caseworker.
     *
     * @return how many journal entry versions were written (three entries and one correction)
     */
    int write(DemoMunicipality.GeneratedCase c, String authorName) {
        var author = c.responsible();
        var talk = min(c.decidedOn().plusDays(7), today);
        var first = entry(c, talk, "Samtal om målen i planen",
                "Vi pratade om vad du vill uppnå. Du vill sova bättre och komma tillbaka till arbetet. Du tycker att "
                        + "samtalen hjälper.", author, authorName);
        var correctedAt = min(at(talk.plusDays(2), 9 * 60), now);
        tables.journal.add(ids.next(), c.id(), first.id, 2, talk, "Samtal om målen i planen",
                "Vi pratade om vad du vill uppnå. Du vill sova bättre och börja arbeta deltid igen. Du tycker att "
                        + "samtalen hjälper.", author, authorName, correctedAt, correctedAt,
                "Klienten påpekade att målet är deltid, inte heltid.");
        tables.releases.add(first.id, "RELEASED", true, author, authorName, min(correctedAt.plusSeconds(3_600), now));

        var followUp = min(c.decidedOn().plusDays(30), today);
        var second = entry(c, followUp, "Uppföljning av öppenvården",
                "Du har varit på samtal varje vecka. Du sover bättre än förut. Nästa uppföljning gör vi om en månad.",
                author, authorName);
        tables.releases.add(second.id, "RELEASED", true, author, authorName, min(second.signed.plusSeconds(3_600), now));

        entry(c, min(c.decidedOn().plusDays(20), today), "Samtal med anhörig",
                "En anhörig ringde och berättade om sin oro. Uppgifterna ska stämmas av innan anteckningen lämnas ut.",
                author, authorName);
        return 4;
    }

    private record Written(java.util.UUID id, Instant signed) {
    }

    private Written entry(DemoMunicipality.GeneratedCase c, LocalDate on, String title, String text, String author,
                          String authorName) {
        var id = ids.next();
        var created = at(on, 15 * 60);
        var signed = min(created.plusSeconds(600), now);
        tables.journal.add(id, c.id(), id, 1, on, title, text, author, authorName, created, signed, null);
        return new Written(id, signed);
    }

    private Instant at(LocalDate day, int minuteOfDay) {
        return min(day.atStartOfDay(STOCKHOLM).plusMinutes(minuteOfDay).toInstant(), now);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
