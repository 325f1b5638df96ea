package se.vardkedjan.providercontracts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.vardkedjan.providercontracts.AssignmentCosts;
import se.vardkedjan.sharedkernel.Roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The provider's own cost per month (ADR 0026): what its organisation's reported days cost, priced by its contracts,
 * summed over all its assignments, as the provider's pages show it. Through
 * {@link AssignmentCosts#ownMonthlyCosts}; sums only, no personal data, so nothing for the access log (as in the
 * pages). The cost of one assignment is the municipality's follow-up, read by the case staff only, and not here.
 */
@RestController
@Tag(name = "Kostnad", description = "Utförarens egen kostnad per månad")
@ApiAnswers.Refusals
class CostEndpoints {

    static final String PATH = "/api/v1/costs";

    private static final String FROM = "providercontracts.reports.cost.from";
    private static final String TO = "providercontracts.reports.cost.to";
    private static final Map<String, String> FIELDS = Map.of(FROM, "from", TO, "to");

    private final AssignmentCosts costs;

    CostEndpoints(AssignmentCosts costs) {
        this.costs = costs;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.PROVIDER_SYSTEM)
    @Operation(summary = "Organisationens kostnad per månad, från och med from till och med to (högst 36 månader)",
            description = "Prissatt enligt avtalen: vårddygn, timmar, månadspris efter andel av månaden, fast pris "
                    + "en gång. Belopp i öre. Bara månader med räknade dagar finns med.")
    @ApiResponse(responseCode = "200", description = "Månaderna i ordning")
    public Costs own(
            @Parameter(description = "första månaden, ÅÅÅÅ-MM", required = true, example = "2026-01")
            @RequestParam(name = "from", required = false) String from,
            @Parameter(description = "sista månaden, ÅÅÅÅ-MM", required = true, example = "2026-12")
            @RequestParam(name = "to", required = false) String to) {
        var first = ApiInput.month("from", from, FROM);
        var last = ApiInput.month("to", to, TO);
        var months = ApiInput.renamed(FIELDS, () -> costs.ownMonthlyCosts(first, last));
        return new Costs(first.toString(), last.toString(), months.stream().map(sum -> new Month(sum.key(),
                sum.costOre(), sum.days(), sum.hours(), sum.assignments())).toList());
    }

    @Schema(name = "Costs", description = "Organisationens kostnad per månad")
    record Costs(@Schema(example = "2026-01") String from, @Schema(example = "2026-12") String to,
                 List<Month> months) {
    }

    @Schema(name = "CostMonth", description = "En månads kostnad över organisationens uppdrag")
    record Month(@Schema(description = "ÅÅÅÅ-MM", example = "2026-03") String month,
                 @Schema(description = "kostnaden i öre") long costOre,
                 @Schema(description = "räknade dagar (vårddygn eller dagar med timmar)") long days,
                 @Schema(description = "räknade timmar (timpris)") BigDecimal hours,
                 @Schema(description = "antal uppdrag med räknade dagar") int assignments) {
    }
}
