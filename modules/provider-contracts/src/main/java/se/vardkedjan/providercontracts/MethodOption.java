package se.vardkedjan.providercontracts;

/** A method of the intervention catalogue that refines an intervention type, with its names. */
public record MethodOption(MethodCode code, String nameSv, String nameEn) {
}
