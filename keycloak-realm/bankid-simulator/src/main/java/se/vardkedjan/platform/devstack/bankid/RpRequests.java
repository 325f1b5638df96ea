package se.vardkedjan.platform.devstack.bankid;

import dev.personnummer.Personnummer;
import tools.jackson.databind.JsonNode;

import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates the JSON bodies of the RP API. Anything malformed ends in {@code invalidParameters}, like the
 * real service does.
 */
final class RpRequests {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final int MAX_USER_VISIBLE_DATA = 40_000;
    private static final int MAX_USER_NON_VISIBLE_DATA = 200_000;
    private static final Set<String> CARD_READERS = Set.of("class1", "class2");
    private static final Set<String> RISK_LEVELS = Set.of("low", "moderate");

    private RpRequests() {
    }

    /** An {@code auth} or {@code sign} request; {@code sign} also requires {@code userVisibleData}. */
    static OrderRequest orderRequest(OrderType type, JsonNode body) {
        requireObject(body, "Invalid request body");
        String endUserIp = text(body, "endUserIp")
                .filter(RpRequests::isIpAddress)
                .orElseThrow(() -> invalid("Invalid endUserIp"));
        var userVisibleData = base64(body, "userVisibleData", MAX_USER_VISIBLE_DATA);
        if (type == OrderType.SIGN && userVisibleData.isEmpty()) {
            throw invalid("Invalid userVisibleData");
        }
        var userNonVisibleData = base64(body, "userNonVisibleData", MAX_USER_NON_VISIBLE_DATA);
        text(body, "userVisibleDataFormat").ifPresent(format -> {
            if (!format.equals("simpleMarkdownV1")) {
                throw invalid("Invalid userVisibleDataFormat");
            }
        });
        text(body, "returnUrl");
        boolean returnRisk = bool(body, "returnRisk").orElse(false);
        optionalObject(body, "app");
        optionalObject(body, "web");
        return new OrderRequest(type, endUserIp, requirement(body), userVisibleData, userNonVisibleData, returnRisk);
    }

    /** The {@code orderRef} of a {@code collect} or {@code cancel} request. */
    static String orderRef(JsonNode body) {
        requireObject(body, "Invalid request body");
        return text(body, "orderRef").filter(ref -> !ref.isBlank()).orElseThrow(() -> invalid("Invalid orderRef"));
    }

    private static OrderRequest.Requirement requirement(JsonNode body) {
        Optional<JsonNode> node = optionalObject(body, "requirement");
        if (node.isEmpty()) {
            return OrderRequest.Requirement.NONE;
        }
        JsonNode requirement = node.get();
        var personalNumber = text(requirement, "personalNumber");
        if (personalNumber.isPresent()
                && !(TestPerson.isTwelveDigits(personalNumber.get()) && Personnummer.valid(personalNumber.get()))) {
            throw invalid("Incorrect personalNumber");
        }
        text(requirement, "cardReader").filter(reader -> !CARD_READERS.contains(reader)).ifPresent(reader -> {
            throw invalid("Invalid cardReader");
        });
        text(requirement, "risk").filter(level -> !RISK_LEVELS.contains(level)).ifPresent(level -> {
            throw invalid("Invalid risk");
        });
        return new OrderRequest.Requirement(personalNumber,
                bool(requirement, "pinCode").orElse(false),
                bool(requirement, "mrtd").orElse(false),
                certificatePolicies(requirement));
    }

    private static List<String> certificatePolicies(JsonNode requirement) {
        JsonNode policies = requirement.get("certificatePolicies");
        if (policies == null || policies.isNull()) {
            return List.of();
        }
        if (!policies.isArray()) {
            throw invalid("Invalid certificatePolicies");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode policy : policies) {
            if (!policy.isString() || !policy.stringValue().matches("[0-9*]+(\\.[0-9*]+)*")) {
                throw invalid("Invalid certificatePolicies");
            }
            values.add(policy.stringValue());
        }
        return values;
    }

    static boolean isIpAddress(String value) {
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        if (!value.contains(":")) {
            return false;
        }
        try {
            Inet6Address.ofLiteral(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> base64(JsonNode body, String field, int maxLength) {
        var value = text(body, field);
        value.ifPresent(data -> {
            if (data.isEmpty() || data.length() > maxLength || !isBase64(data)) {
                throw invalid("Invalid " + field);
            }
        });
        return value;
    }

    private static boolean isBase64(String data) {
        try {
            Base64.getDecoder().decode(data);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw invalid("Invalid " + field);
        }
        return Optional.of(value.stringValue());
    }

    private static Optional<Boolean> bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw invalid("Invalid " + field);
        }
        return Optional.of(value.booleanValue());
    }

    private static Optional<JsonNode> optionalObject(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw invalid("Invalid " + field);
        }
        return Optional.of(value);
    }

    private static void requireObject(JsonNode body, String details) {
        if (body == null || !body.isObject()) {
            throw invalid(details);
        }
    }

    private static RpApiException invalid(String details) {
        return RpApiError.INVALID_PARAMETERS.withDetails(details);
    }
}
