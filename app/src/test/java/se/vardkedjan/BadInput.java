package se.vardkedjan;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteNotFoundError;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the bad-input tests share (ADR 0007, "Bad input"): the bad values, which rows a submission changed, and what the
 * user sees afterwards — a clear Swedish message from the bundles, never an exception's text, a stack frame, a missing
 * text key or Vaadin's own error page.
 */
public final class BadInput {

    /**
     * The tables a refused attempt may add rows to, and why; every other table must be as it was. Each attempt runs
     * in a transaction that is rolled back afterwards, so nothing an attempt does stays in the database.
     */
    public static final Map<String, String> MAY_CHANGE = Map.of(
            "accesslog.access_log", "every read of personal data is logged, also the reads a refused form made "
                    + "before the refusal (domain handbook §6)",
            "accesslog.security_events", "every refusal is recorded as a security event (ADR 0017)");

    /** Characters no text of ours may hold: NUL (which PostgreSQL cannot store), the bell, an escape sequence. */
    public static final List<String> CONTROL_CHARACTERS = List.of("Text\u0000mer", "Text\u0007", "Text\u001b[2J");
    public static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<b>x</b>");
    public static final String BLANK = "   ";
    /** Dates no record of ours can hold: before any register, and beyond the database's calendar. */
    public static final LocalDate ANCIENT = LocalDate.of(1, 1, 1);
    public static final LocalDate BEYOND_ANY_CALENDAR = LocalDate.of(9_999_999, 12, 31);

    private static final String STAT_SQL = """
            SELECT schemaname || '.' || relname AS name, n_tup_ins + n_tup_upd + n_tup_del AS writes
            FROM pg_stat_xact_user_tables""";

    /** Text that must never reach the screen: an exception, a class or package name, SQL, a stack frame. */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("Exception|Throwable|There was an exception|\\bjava\\.|\\bjavax?\\.|\\borg\\."
                    + "|com\\.vaadin|\\bSQL|PSQL|[Ss]tack ?trace|NullPointer|IllegalArgument|IllegalState"),
            Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"),
            Pattern.compile("![a-z]+\\.[a-z0-9.-]+!"),
            Pattern.compile("\\{\\d+[^}]*}"));
    /** An English thousands separator, which a Swede reads as a decimal comma ("4,000 tecken"). */
    private static final Pattern ENGLISH_NUMBER = Pattern.compile("\\d,\\d{3}\\b");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=-)[0-9a-f]{8}(?=-|$)|(?<=-)\\d+(?=-|$)");
    private static final String[] TEXT_PROPERTIES = {"label", "errorMessage", "helperText", "text", "headerTitle",
            "placeholder", "title"};

    private static volatile List<Pattern> swedishTexts;

    private BadInput() {
    }

    // ---- Bad values

    /** One character more than the field's limit. */
    public static String overlong(int limit) {
        return "x".repeat(limit + 1);
    }

    /**
     * Personal numbers that must be refused: a wrong check digit, too short and too long, letters, a date that does not
     * exist and a birth date in the future (the last two with a correct check digit, so that the date is what is wrong).
     */
    public static List<String> malformedPersonalNumbers(LocalDate today) {
        var valid = withCheckDigit("19850412123");
        var wrongCheck = valid.substring(0, 11) + (char) ('0' + (valid.charAt(11) - '0' + 1) % 10);
        return List.of(wrongCheck, valid.substring(0, 11), valid + "7", "19850412-12AB",
                withCheckDigit("19850230123"),
                withCheckDigit(today.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE) + "123"));
    }

    /** A twelve-digit number with its check digit (Luhn over the last nine of the first eleven digits). */
    public static String withCheckDigit(String elevenDigits) {
        var first = elevenDigits.substring(2);
        var sum = 0;
        for (var i = 0; i < first.length(); i++) {
            var digit = (first.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return elevenDigits + (10 - sum % 10) % 10;
    }

    /** A bad value as a report names it: control characters escaped, long text shortened. */
    public static String describe(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof byte[] bytes) {
            return "a file of " + bytes.length + " bytes: " + describe(new String(bytes, 0, Math.min(bytes.length, 60),
                    StandardCharsets.UTF_8));
        }
        if (value instanceof String text) {
            var escaped = text.replace("\u0000", "\\0").replace("\u0007", "\\a").replace("\u001b", "\\e")
                    .replace("\n", "\\n");
            return escaped.length() > 40 ? "\"" + escaped.substring(0, 12) + "…\" (" + text.length() + " characters)"
                    : "\"" + escaped + "\"";
        }
        return String.valueOf(value);
    }

    // ---- The database

    /**
     * How many rows this transaction has inserted, updated or deleted so far, per table ({@code schema.table}). The
     * counts may include earlier transactions on the same connection that PostgreSQL has not yet folded into its
     * statistics, so only the difference between two readings in one transaction says what happened in between.
     */
    public static Map<String, Long> writes(JdbcClient jdbc) {
        var rows = new TreeMap<String, Long>();
        jdbc.sql(STAT_SQL).query((rs, n) -> rows.put(rs.getString("name"), rs.getLong("writes"))).list();
        return rows;
    }

    /** The tables with rows changed between two readings, except those a refusal may change. */
    public static List<String> changedTables(Map<String, Long> before, Map<String, Long> after) {
        var changed = new ArrayList<String>();
        after.forEach((table, count) -> {
            if (count > before.getOrDefault(table, 0L) && !MAY_CHANGE.containsKey(table)) {
                changed.add(table + " (" + (count - before.getOrDefault(table, 0L)) + ")");
            }
        });
        return changed;
    }

    // ---- The screen

    /**
     * The refusals the user is shown: error notifications, the error messages of invalid fields, and the problems a
     * form's summary lists (ADR 0019).
     */
    public static List<String> refusals() {
        var found = new ArrayList<String>();
        for (var component : visible()) {
            if (component instanceof Span span && "problem-message".equals(span.getId().orElse(null))) {
                found.add(span.getText());
            }
            if (component instanceof com.vaadin.flow.component.html.UnorderedList list
                    && list.getId().filter(id -> id.endsWith("-problems-list")).isPresent()) {
                list.getChildren().forEach(item -> found.add(item.getElement().getTextRecursively()));
            }
            if (component instanceof HasValidation field && field.isInvalid() && field.getErrorMessage() != null
                    && !field.getErrorMessage().isBlank()) {
                found.add(field.getErrorMessage());
            }
        }
        return found;
    }

    /** Notifications that are not refusals: what a successful action says ("Sparat"). */
    public static List<String> notices() {
        return NotificationsKt.getNotifications().stream()
                .filter(n -> LocatorJ._find(n, Span.class, spec -> spec.withId("problem-message")).isEmpty())
                .map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /** Closes the notifications of an earlier attempt. */
    public static void clearNotifications() {
        // A form's summary (ADR 0019) stays until the user corrects the form; between attempts it is dismissed as
        // a notification is closed.
        for (var component : visible()) {
            if (component instanceof com.vaadin.flow.component.html.UnorderedList list
                    && list.getId().filter(id -> id.endsWith("-problems-list")).isPresent()) {
                list.removeAll();
                list.getParent().ifPresent(summary -> summary.setVisible(false));
            }
            if (component instanceof HasValidation field && field.isInvalid() && field.getErrorMessage() != null
                    && !field.getErrorMessage().isBlank()) {
                field.setErrorMessage(null);
                field.setInvalid(false);
            }
        }
        NotificationsKt.clearNotifications();
        LocatorJ._find(com.vaadin.flow.component.notification.Notification.class)
                .forEach(notification -> notification.getElement().removeFromParent());
    }

    /** Closes the notifications and dialogs of an earlier attempt. */
    public static void clearScreen() {
        clearNotifications();
        LocatorJ._find(com.vaadin.flow.component.dialog.Dialog.class)
                .forEach(com.vaadin.flow.component.dialog.Dialog::close);
        MockVaadin.clientRoundtrip(false);
    }

    /**
     * What is wrong on the screen as a whole: Vaadin's own error pages, or text anywhere that shows an exception, a
     * class or package name, SQL, a stack frame, a missing text key or a placeholder.
     */
    public static List<String> screenProblems() {
        var problems = new ArrayList<String>();
        for (var component : visible()) {
            if (component instanceof InternalServerError || component instanceof RouteNotFoundError) {
                problems.add("Vaadin's default error page: " + component.getElement().getText());
            }
            var id = component.getId().orElse("");
            if (id.equals("unexpected-error") || id.equals("unexpected-error-message")) {
                problems.add("the page for unforeseen errors: an exception escaped the view");
            }
            for (var text : texts(component)) {
                for (var pattern : FORBIDDEN) {
                    var matcher = pattern.matcher(text);
                    if (matcher.find()) {
                        problems.add("the screen shows \"" + matcher.group() + "\" in: " + shorten(text));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * What is wrong with a message shown to the user: blank, not from the Swedish texts, an exception or a missing
     * key in it, a number with an English thousands separator, or the bad value echoed back when it is markup or holds
     * control characters.
     */
    public static List<String> messageProblems(String message, Object badValue) {
        var problems = new ArrayList<String>();
        if (message == null || message.isBlank()) {
            problems.add("a blank message");
            return problems;
        }
        for (var pattern : FORBIDDEN) {
            var matcher = pattern.matcher(message);
            if (matcher.find()) {
                problems.add("the message shows \"" + matcher.group() + "\": " + shorten(message));
            }
        }
        if (!fromSwedishTexts(message)) {
            problems.add("the message is not one of the Swedish texts: " + shorten(message));
        }
        if (ENGLISH_NUMBER.matcher(message).find()) {
            problems.add("the message writes a number with an English thousands separator: " + shorten(message));
        }
        if (CONTROL.matcher(message).find()) {
            problems.add("the message holds control characters: " + describe(message));
        }
        if (badValue instanceof String bad && bad.length() > 3 && message.contains(bad)
                && (bad.contains("<") || CONTROL.matcher(bad).find() || bad.length() > 200)) {
            problems.add("the message echoes the bad value: " + shorten(message));
        }
        if (message.length() > 600) {
            problems.add("the message is " + message.length() + " characters long");
        }
        return problems;
    }

    /** A button's name for a list of known actions: its id with ids and numbers in it replaced by *, or its text. */
    public static String buttonKey(com.vaadin.flow.component.button.Button button) {
        return button.getId().map(BadInput::buttonKey).orElse("text:" + button.getText()
                + (button.getText().isBlank() ? " in " + button.getParent().map(p -> p.getClass().getSimpleName())
                .orElse("nothing") : ""));
    }

    /** A button id as a list of known actions names it: ids and numbers in it replaced by *. */
    public static String buttonKey(String id) {
        return ID_SEGMENT.matcher(id).replaceAll("*");
    }

    /** The visible components of the current UI, open dialogs and notifications included, closed ones left out. */
    public static List<Component> visible() {
        // As Karibu does before a lookup: a round trip attaches what was opened since (a notification, a dialog).
        com.github.mvysny.kaributesting.v10.KaribuConfig.getTestingLifecycleHook().awaitBeforeLookup();
        var found = new ArrayList<Component>();
        collectVisible(UI.getCurrent(), found);
        return found;
    }

    private static void collectVisible(Component component, List<Component> found) {
        if (!BasicUtilsKt.isEffectivelyVisible(component)
                || component instanceof com.vaadin.flow.component.notification.Notification notification
                && !notification.isOpened()
                || component instanceof com.vaadin.flow.component.dialog.Dialog dialog && !dialog.isOpened()) {
            return;
        }
        found.add(component);
        for (var child : com.github.mvysny.kaributesting.v10.KaribuConfig.getTestingLifecycleHook()
                .getAllChildren(component)) {
            collectVisible(child, found);
        }
    }

    /** Whether a message is one of the Swedish texts of the bundles, its placeholders filled with anything. */
    public static boolean fromSwedishTexts(String message) {
        return swedishTexts().stream().anyMatch(pattern -> pattern.matcher(message).matches());
    }

    private static List<String> texts(Component component) {
        var element = component.getElement();
        var texts = new ArrayList<String>();
        var own = element.getText();
        if (own != null && !own.isBlank()) {
            texts.add(own);
        }
        for (var property : TEXT_PROPERTIES) {
            var value = element.getProperty(property);
            if (value != null && !value.isBlank()) {
                texts.add(value);
            }
        }
        var aria = element.getAttribute("aria-label");
        if (aria != null) {
            texts.add(aria);
        }
        return texts;
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static List<Pattern> swedishTexts() {
        if (swedishTexts == null) {
            var patterns = new ArrayList<Pattern>();
            try {
                for (var resource : new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:i18n/*.properties")) {
                    var name = resource.getFilename();
                    if (name == null || name.contains("_")) {
                        continue;
                    }
                    var texts = new Properties();
                    try (var in = resource.getInputStream()) {
                        texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    for (var key : texts.stringPropertyNames()) {
                        var text = texts.getProperty(key);
                        patterns.add(Pattern.compile(Pattern.quote(text)));
                        patterns.add(messageFormatPattern(text));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            swedishTexts = List.copyOf(patterns);
        }
        return swedishTexts;
    }

    /** A {@link java.text.MessageFormat} pattern as a regular expression: literal text, any text for {n…}. */
    static Pattern messageFormatPattern(String format) {
        var regex = new StringBuilder();
        var literal = new StringBuilder();
        var quoted = false;
        var depth = 0;
        for (var i = 0; i < format.length(); i++) {
            var c = format.charAt(i);
            if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                continue;
            }
            if (c == '\'') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
                continue;
            }
            if (!quoted && c == '{') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(".*?");
                depth = 1;
                continue;
            }
            literal.append(c);
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
