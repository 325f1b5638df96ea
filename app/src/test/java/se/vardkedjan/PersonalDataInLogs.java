package se.vardkedjan;

import se.vardkedjan.casehandling.domain.PersonalIdentity;
import se.vardkedjan.sharedkernel.RuleViolation;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a log line or a metric label must never hold (ADR 0032): a Swedish personal identity number or samordningsnummer
 * (ten or twelve digits, with or without a hyphen or plus sign before the last four, that case handling's parser takes
 * as valid: a real date, a samordningsnummer's day, the Luhn check digit, not born after today), or the full name of a
 * person, matched as whole words whatever the case. UUIDs are taken out first (their digit groups are no numbers), and
 * the ids the app makes itself (request, trace and span ids) are not read. Findings name the number masked.
 */
final class PersonalDataInLogs {

    /** A candidate for {@link PersonalIdentity#parse}: digits not part of a longer run. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<!\\d)(?:\\d{8}|\\d{6})[-+]?\\d{4}(?!\\d)");
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Fields whose values are ids the app makes or checks itself (a request id never looks like an identity number). */
    private static final Set<String> ID_FIELDS = Set.of("traceId", "spanId", "requestId");

    private record Name(String name, Pattern pattern) {
    }

    private final List<Name> names;
    private final LocalDate today;

    /**
     * @param fullNames the names to look for ("given family"); single words are left out, they would match ordinary
     *                  words
     */
    PersonalDataInLogs(Collection<String> fullNames, LocalDate today) {
        this.names = fullNames.stream().map(String::strip).filter(name -> name.contains(" "))
                .map(name -> name.toLowerCase(Locale.ROOT)).distinct()
                .map(name -> new Name(name, Pattern.compile("(?<!\\p{L})"
                        + Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "(?!\\p{L})",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
                .toList();
        this.today = today;
    }

    /** What the JSON log line holds, in any of its string values but the app's own ids. */
    List<String> inLine(JsonNode line) {
        var text = new StringBuilder();
        collectText(line, null, text);
        return inText(text);
    }

    /** What the text holds. */
    List<String> inText(CharSequence text) {
        var scanned = UUID_LIKE.matcher(text).replaceAll("<uuid>");
        var found = new ArrayList<String>();
        identityNumbersIn(scanned, today).forEach(number -> found.add("an identity number " + masked(number)));
        for (var name : names) {
            if (name.pattern().matcher(scanned).find()) {
                found.add("the name " + name.name());
            }
        }
        return found;
    }

    /** The valid personal identity numbers and samordningsnummer in the text, as written there. */
    static List<String> identityNumbersIn(CharSequence text, LocalDate today) {
        var found = new ArrayList<String>();
        var candidates = IDENTITY_NUMBER.matcher(text);
        while (candidates.find()) {
            try {
                PersonalIdentity.parse(candidates.group(), today);
                found.add(candidates.group());
            } catch (RuleViolation notANumber) {
                // Digits, but no identity number.
            }
        }
        return found;
    }

    private static String masked(String number) {
        return number.substring(0, number.length() - 4) + "****";
    }

    private static void collectText(JsonNode node, String field, StringBuilder into) {
        if (field != null && ID_FIELDS.contains(field)) {
            return;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                collectText(entry.getValue(), entry.getKey(), into);
            }
        } else if (node.isArray()) {
            for (var element : node) {
                collectText(element, field, into);
            }
        } else if (node.isString()) {
            into.append(node.asString()).append('\n');
        }
    }
}
