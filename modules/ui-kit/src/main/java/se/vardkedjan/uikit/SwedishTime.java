package se.vardkedjan.uikit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place for how the views write dates and times: Swedish style ({@code 2026-12-02 14:05}) in the
 * municipality's zone, whatever the server's own zone is. The same zone as the facades' clock.
 */
public final class SwedishTime {

    /** The municipality's zone: dates in the case file are Swedish calendar dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final Locale LOCALE = Locale.of("sv", "SE");

    /** {@code 2026-12-02} */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", LOCALE).withZone(ZONE);
    /** {@code 2026-12-02 14:05} */
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", LOCALE).withZone(ZONE);
    /** {@code 2026-12-02 14:05:09}, where the second matters (the access log) */
    public static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", LOCALE).withZone(ZONE);
    /** {@code 14:05} */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE).withZone(ZONE);

    private SwedishTime() {
    }

    /** The moment as date and minute in the municipality's zone; empty for none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The date; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The first instant of the day in the municipality's zone. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
