package se.vardkedjan.uikit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing on a user's start page that waits for them, as a module's {@link WorkItemSource} reports it (ADR 0022):
 * what kind of work it is, for which client, what is due and when, and the one place where it is done.
 *
 * @param kindKey    the text key of the kind of work, e.g. {@code casehandling.work.kind.decision-to-write}
 * @param clientName the client's name, or null when the client is not to be named here (then {@code clientKey}) or
 *                   the item concerns no client (both null)
 * @param clientKey  the text key shown instead of a name (the protected marker), or null
 * @param detail     a short plain text (a goal's text), or null
 * @param detailKey  the text key of the detail (an intervention type), translated by the page, or null; shown
 *                   instead of {@code detail}; the first of {@code detailKeys}
 * @param dateKey    the text key of the date line, with the date as {0} and the number of days between today and
 *                   the date as {1} (always zero or more), e.g. "Utredningstiden går ut {0}"
 * @param date       the date the line shows
 * @param due        when the work is due: before today it is late ("Försenat"), up to the end of this week it is
 *                   "Denna vecka", later "Kommande"; null when it waits now without a deadline (this week)
 * @param path       the route the item links to, e.g. {@code arenden/<case id>/beslut}; never carries personal data
 * @param severity   higher comes first within a group (then the due date)
 * @param detailKeys the text keys of a detail that names several things (every intervention of a proposal: "Boende
 *                   och Öppenvård"), translated and listed by the page in the reader's language; empty when there is
 *                   no key, {@code detailKey} alone when there is one
 */
public record WorkItem(String kindKey, String clientName, String clientKey, String detail, String detailKey,
                       String dateKey, LocalDate date, LocalDate due, String path, int severity,
                       List<String> detailKeys) {

    /** An item with at most one detail key. */
    public WorkItem(String kindKey, String clientName, String clientKey, String detail, String detailKey,
                    String dateKey, LocalDate date, LocalDate due, String path, int severity) {
        this(kindKey, clientName, clientKey, detail, detailKey, dateKey, date, due, path, severity,
                detailKey == null ? List.of() : List.of(detailKey));
    }

    /** An item whose detail names several things by their text keys (listed in the reader's language). */
    public static WorkItem withDetailKeys(String kindKey, String clientName, String clientKey, List<String> detailKeys,
                                          String dateKey, LocalDate date, LocalDate due, String path, int severity) {
        return new WorkItem(kindKey, clientName, clientKey, null, detailKeys.isEmpty() ? null : detailKeys.getFirst(),
                dateKey, date, due, path, severity, detailKeys);
    }

    /** The order within a group: the most severe first, then the earliest due, then the date shown. */
    public static final Comparator<WorkItem> ORDER = Comparator.comparingInt(WorkItem::severity).reversed()
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::date, Comparator.nullsLast(Comparator.naturalOrder()));

    public WorkItem {
        detailKeys = detailKeys == null || detailKeys.isEmpty()
                ? (detailKey == null ? List.of() : List.of(detailKey)) : List.copyOf(detailKeys);
        Objects.requireNonNull(kindKey, "kindKey");
        Objects.requireNonNull(dateKey, "dateKey");
        Objects.requireNonNull(path, "path");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("A work item's path is a route, without a leading slash: " + path);
        }
    }

    /** The start page's groups, in the order it shows them. */
    public enum Group {
        OVERDUE, THIS_WEEK, COMING;

        /** The text key of the group's heading, with the number of its items as {0}. */
        public String textKey() {
            return switch (this) {
                case OVERDUE -> "uikit.work.group.overdue";
                case THIS_WEEK -> "uikit.work.group.this-week";
                case COMING -> "uikit.work.group.coming";
            };
        }
    }

    /** The group the item falls in on the given day; a week ends on Sunday. */
    public Group group(LocalDate today) {
        if (due == null) {
            return Group.THIS_WEEK;
        }
        if (due.isBefore(today)) {
            return Group.OVERDUE;
        }
        var sunday = today.plusDays(7 - today.getDayOfWeek().getValue());
        return due.isAfter(sunday) ? Group.COMING : Group.THIS_WEEK;
    }
}
