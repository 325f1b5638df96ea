package se.vardkedjan.providercontracts;

import se.vardkedjan.casehandling.InterventionType;

import java.util.Set;

/**
 * A method of the intervention catalogue: the refinement of case handling's intervention types that an assignment
 * names, with the national guidelines' recommendation as the administrator keeps it (either may be null: not
 * confirmed).
 */
public record CatalogueMethod(MethodCode code, String nameSv, String nameEn, Set<InterventionType> interventionTypes,
                              String guidelinePriority, String guidelineReference, boolean active, long version) {

    public CatalogueMethod {
        interventionTypes = Set.copyOf(interventionTypes);
    }
}
