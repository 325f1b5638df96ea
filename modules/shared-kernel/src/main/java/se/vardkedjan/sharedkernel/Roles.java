package se.vardkedjan.sharedkernel;

import java.util.List;

/**
 * The application's roles. Each constant equals a realm role in Keycloak (keycloak-realm/realm/vardkedjan-realm.json);
 * a test proves it. Spring Security sees them as authorities {@code ROLE_<name>}.
 */
public final class Roles {

    /** A person who receives help and uses the citizen portal (brukare). */
    public static final String CLIENT = "client";
    /** Municipal staff who handle cases (handläggare). */
    public static final String CASEWORKER = "caseworker";
    /** Leads a unit: distributes cases, approves decisions above delegation, reviews access logs (enhetschef). */
    public static final String UNIT_MANAGER = "unit_manager";
    /** Group-level follow-up at city or district level (analytiker, planeringsledare). */
    public static final String ANALYST = "analyst";
    /** Staff of a treatment home, outpatient unit or housing provider (utförare). */
    public static final String PROVIDER_STAFF = "provider_staff";
    /** System owner: providers, contracts, catalogues, units, legal references, delegation rules. */
    public static final String ADMINISTRATOR = "administrator";
    /**
     * A named person from the region's health care who takes part in a SIP (samordnad individuell plan); reads only the
     * SIPs they are granted, never anything else in case handling.
     */
    public static final String REGION_PARTICIPANT = "region_participant";
    /**
     * A provider's own system (verksamhetssystem) calling the REST API with Keycloak client credentials, bound to one
     * provider organisation by its client's configuration (ADR 0025). Never a person: no login through the staff or
     * portal client gives it.
     */
    public static final String PROVIDER_SYSTEM = "provider_system";

    /** Roles that work in the municipality's staff UI. */
    public static final List<String> STAFF = List.of(CASEWORKER, UNIT_MANAGER, ANALYST, ADMINISTRATOR);

    private Roles() {
    }

    public static List<String> all() {
        return List.of(CLIENT, CASEWORKER, UNIT_MANAGER, ANALYST, PROVIDER_STAFF, ADMINISTRATOR, REGION_PARTICIPANT,
                PROVIDER_SYSTEM);
    }
}
