package se.vardkedjan.platform.devstack.bankid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated {@code auth} or {@code sign} request. Only what the simulator uses is kept; the rest of the request
 * ({@code returnUrl}, {@code app}, {@code web}, ...) is checked for its type and then ignored, like the real service
 * ignores it for everything but risk assessment.
 */
record OrderRequest(
        OrderType type,
        String endUserIp,
        Requirement requirement,
        Optional<String> userVisibleData,
        Optional<String> userNonVisibleData,
        boolean returnRisk) {

    OrderRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(endUserIp, "endUserIp");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(userVisibleData, "userVisibleData");
        Objects.requireNonNull(userNonVisibleData, "userNonVisibleData");
    }

    /**
     * The {@code requirement} object of the request.
     *
     * @param personalNumber the only person allowed to complete the order, if given
     * @param pinCode whether the user must use the PIN code rather than biometrics
     * @param mrtd whether the user must present a passport or national ID card (then {@code completionData.stepUp})
     * @param certificatePolicies required certificate policies, empty for the defaults
     */
    record Requirement(Optional<String> personalNumber, boolean pinCode, boolean mrtd,
                       List<String> certificatePolicies) {

        static final Requirement NONE = new Requirement(Optional.empty(), false, false, List.of());

        Requirement {
            Objects.requireNonNull(personalNumber, "personalNumber");
            certificatePolicies = List.copyOf(certificatePolicies);
        }
    }
}
