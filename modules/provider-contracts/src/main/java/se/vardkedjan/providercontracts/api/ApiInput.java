package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.sharedkernel.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A request body of the provider API, read field by field: it must be one JSON object with only the fields the
 * operation takes; each field's value of its type; a list of objects (days, activities, goals) is read the same way,
 * each object naming its fields as {@code days[2].hours}. A bad one is a {@link RuleViolation} naming the JSON field
 * (400 with a Swedish {@code errors} entry), thrown before any facade is called, so nothing changes. The facade's own
 * refusals are renamed to the JSON field by {@link #renamed}. The records below only describe the bodies in the
 * OpenAPI document.
 */
final class ApiInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Far above any body these operations take: the largest, an implementation plan, is at most 30 activities of four
     * texts and three texts of at most 4,000 characters each (about 270,000 characters).
     */
    private static final int MAX_BODY = 512 * 1024;
    /** A field name in an error is cut here: it echoes what the caller sent. */
    private static final int MAX_NAME = 64;

    private final JsonNode body;
    /** What the fields' names start with in an error: empty for the body, e.g. {@code days[2].} for a list's item. */
    private final String prefix;

    private ApiInput(JsonNode body, String prefix) {
        this.body = body;
        this.prefix = prefix;
    }

    /** Reads the body: one JSON object with no field but the given ones. */
    static ApiInput read(String text, String... fields) {
        if (text == null || text.isBlank() || text.length() > MAX_BODY) {
            throw new RuleViolation("providercontracts.api.error.unreadable");
        }
        JsonNode body;
        try {
            body = JSON.readTree(text);
        } catch (JacksonException malformed) {
            throw new RuleViolation("providercontracts.api.error.unreadable");
        }
        if (body == null || !body.isObject()) {
            throw new RuleViolation("providercontracts.api.error.unreadable");
        }
        return checked(body, "", fields);
    }

    private static ApiInput checked(JsonNode object, String prefix, String... fields) {
        var known = Set.of(fields);
        for (var name : object.propertyNames()) {
            if (!known.contains(name)) {
                var named = prefix + name;
                throw RuleViolation.forField(named.length() > MAX_NAME ? named.substring(0, MAX_NAME) : named,
                        "providercontracts.api.error.unknown-field");
            }
        }
        return new ApiInput(object, prefix);
    }

    /** The version the record was read at: a whole number from 0, required. */
    long version() {
        var value = body.get("version");
        if (value == null || value.isNull()) {
            throw RuleViolation.forField(name("version"), "providercontracts.api.error.version-required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw RuleViolation.forField(name("version"), "providercontracts.api.error.version-invalid");
        }
        return value.longValue();
    }

    /** An ISO date (2026-12-03), or null when absent (the facade says what it requires). */
    LocalDate date(String field, String label) {
        var value = given(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw RuleViolation.forField(name(field), "providercontracts.api.error.date", label);
        }
        try {
            return LocalDate.parse(value.stringValue());
        } catch (DateTimeParseException invalid) {
            throw RuleViolation.forField(name(field), "providercontracts.api.error.date", label);
        }
    }

    /** A text, or null when absent (the facade checks that it is given and its length). */
    String text(String field) {
        var value = given(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw RuleViolation.forField(name(field), "providercontracts.api.error.text");
        }
        return value.stringValue();
    }

    /** A JSON number as it was written (1.5 stays 1.5), or null when absent; the facade checks its range. */
    BigDecimal decimal(String field) {
        var value = given(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw RuleViolation.forField(name(field), "providercontracts.api.error.number");
        }
        return value.decimalValue();
    }

    /** A whole number from 0 (a place in a list), required. */
    int position(String field) {
        var value = given(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw RuleViolation.forField(name(field), "providercontracts.api.error.position");
        }
        return value.intValue();
    }

    /** One of the enum's values by its name (ABSENCE), or null when absent. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        var value = given(field);
        if (value == null) {
            return null;
        }
        var values = type.getEnumConstants();
        if (value.isString()) {
            for (var candidate : values) {
                if (candidate.name().equals(value.stringValue())) {
                    return candidate;
                }
            }
        }
        throw RuleViolation.forField(name(field), "providercontracts.api.error.choice",
                Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * A list of JSON objects, each with no field but the given ones, read as its own {@code ApiInput} whose errors
     * name {@code field[i].name}; an empty list when absent.
     */
    List<ApiInput> objects(String field, String... fields) {
        var value = given(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw RuleViolation.forField(name(field), "providercontracts.api.error.list");
        }
        var items = new ArrayList<ApiInput>();
        for (var i = 0; i < value.size(); i++) {
            var item = value.get(i);
            var itemName = name(field) + "[" + i + "]";
            if (item == null || !item.isObject()) {
                throw RuleViolation.forField(itemName, "providercontracts.api.error.list");
            }
            items.add(checked(item, itemName + ".", fields));
        }
        return List.copyOf(items);
    }

    /** The field's name as the caller sent it, inside a list with its place: {@code days[2].hours}. */
    String name(String field) {
        return prefix + field;
    }

    private JsonNode given(String field) {
        var value = body.get(field);
        return value == null || value.isNull() ? null : value;
    }

    // ---- The path and the query

    /** An assignment's id from the path: a UUID in its canonical form. */
    static AssignmentId assignmentId(String value) {
        try {
            var uuid = UUID.fromString(value);
            if (!uuid.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("not in the canonical form");
            }
            return new AssignmentId(uuid);
        } catch (IllegalArgumentException malformed) {
            throw RuleViolation.forField("id", "providercontracts.api.error.id");
        }
    }

    /** A whole number from a query parameter. */
    static int whole(String parameter, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw RuleViolation.forField(parameter, "page".equals(parameter) ? "providercontracts.api.error.page"
                    : "providercontracts.api.error.size", Assignments.MAX_PAGE_SIZE);
        }
    }

    /** A month from a query parameter (2026-12), or null when absent (the facade says it is required). */
    static YearMonth month(String parameter, String value, String label) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() != 7) {
                throw new DateTimeParseException("not YYYY-MM", value, 0);
            }
            return YearMonth.parse(value);
        } catch (DateTimeParseException invalid) {
            throw RuleViolation.forField(parameter, "providercontracts.api.error.month", label);
        }
    }

    // ---- The facade's refusals

    /**
     * The facade's answer; a rule it refuses names the JSON field the caller sent rather than the form's field (its
     * label key), by {@code fields}; a field not there keeps its name.
     */
    static <T> T renamed(Map<String, String> fields, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolation refused) {
            throw renamed(refused, fields, "");
        }
    }

    /** The refusal of one item of a list (an activity, a goal), its field named {@code activities[2].goal}. */
    static RuleViolation renamed(RuleViolation refused, Map<String, String> fields, String prefix) {
        var field = refused.field().filter(fields::containsKey);
        return field.isPresent() ? RuleViolation.forField(prefix + fields.get(field.get()), refused.messageKey(),
                refused.arguments()) : refused;
    }

    // ---- The bodies, for the OpenAPI document

    @Schema(name = "ReceiptRequest", description = "Bekräftelse av mottagandet")
    record Receipt(@Schema(description = "versionen som uppdraget lästes med", requiredMode =
            Schema.RequiredMode.REQUIRED, minimum = "0") long version) {
    }

    @Schema(name = "AcceptanceRequest", description = "Accept med startdatum")
    record Acceptance(
            @Schema(description = "versionen som uppdraget lästes med", requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "0") long version,
            @Schema(description = "startdatum, inte före beslutet", requiredMode = Schema.RequiredMode.REQUIRED,
                    format = "date", example = "2026-12-14") String startsOn) {
    }

    @Schema(name = "DeclinationRequest", description = "Nej med skäl")
    record Declination(
            @Schema(description = "versionen som uppdraget lästes med", requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "0") long version,
            @Schema(description = "skälet, högst 4000 tecken", requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4000) String reason) {
    }

    @Schema(name = "StartRequest", description = "Rapport om att uppdraget har startat")
    record Start(
            @Schema(description = "versionen som uppdraget lästes med", requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "0") long version,
            @Schema(description = "dagen då uppdraget startade, inte före beslutet och inte efter i dag",
                    requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String startedOn) {
    }
}
