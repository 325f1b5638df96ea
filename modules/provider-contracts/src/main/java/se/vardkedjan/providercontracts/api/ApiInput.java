package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vardkedjan.sharedkernel.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * A request body of the assignment endpoints, read field by field: it must be one JSON object with only the fields the
 * operation takes; each field's value of its type. A bad one is a {@link RuleViolation} naming the field (400 with a
 * Swedish {@code errors} entry), thrown before any facade is called, so nothing changes. The records below only
 * describe the bodies in the OpenAPI document.
 */
final class ApiInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Far above any body these operations take (a reason is at most a few thousand characters). */
    private static final int MAX_BODY = 64 * 1024;

    private final JsonNode body;

    private ApiInput(JsonNode body) {
        this.body = body;
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
        var known = Set.of(fields);
        for (var name : body.propertyNames()) {
            if (!known.contains(name)) {
                throw RuleViolation.forField(name.length() > 64 ? name.substring(0, 64) : name,
                        "providercontracts.api.error.unknown-field");
            }
        }
        return new ApiInput(body);
    }

    /** The version the assignment was read at: a whole number from 0, required. */
    long version() {
        var value = body.get("version");
        if (value == null || value.isNull()) {
            throw RuleViolation.forField("version", "providercontracts.api.error.version-required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw RuleViolation.forField("version", "providercontracts.api.error.version-invalid");
        }
        return value.longValue();
    }

    /** An ISO date (2026-12-03), or null when absent (the facade says what it requires). */
    LocalDate date(String field, String label) {
        var value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw RuleViolation.forField(field, "providercontracts.api.error.date", label);
        }
        try {
            return LocalDate.parse(value.stringValue());
        } catch (DateTimeParseException invalid) {
            throw RuleViolation.forField(field, "providercontracts.api.error.date", label);
        }
    }

    /** A text, or null when absent (the facade checks that it is given and its length). */
    String text(String field) {
        var value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw RuleViolation.forField(field, "providercontracts.api.error.text");
        }
        return value.stringValue();
    }

    /** A whole number from a query parameter. */
    static int whole(String parameter, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw RuleViolation.forField(parameter, "page".equals(parameter) ? "providercontracts.api.error.page"
                    : "providercontracts.api.error.size", se.vardkedjan.providercontracts.Assignments.MAX_PAGE_SIZE);
        }
    }

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
            @Schema(description = "dagen då uppdraget startade, inte före beslutet",
                    requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String startedOn) {
    }
}
