package se.vardkedjan.providercontracts;

import se.vardkedjan.casehandling.InterventionType;

import java.util.Set;

/**
 * A method of the intervention catalogue as the administrator types it: its code, Swedish and English names, the
 * intervention types it refines, and the national guidelines' recommendation (priority 1-10, {@code FOU} or
 * {@code ICKE_GORA}, and where it is written); both may be empty where no recommendation is confirmed.
 */
public record MethodInput(String code, String nameSv, String nameEn, Set<InterventionType> interventionTypes,
                          String guidelinePriority, String guidelineReference) {
}
