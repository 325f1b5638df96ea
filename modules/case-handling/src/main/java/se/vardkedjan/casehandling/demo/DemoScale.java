package se.vardkedjan.casehandling.demo;

/**
 * How much demo data to make.
 *
 * @param districts           districts (stadsdelar or, nationally, municipalities)
 * @param unitsPerDistrict    units per district
 * @param caseworkersPerUnit  generated caseworkers per unit (besides the demo accounts)
 * @param persons             persons in the register
 * @param journalEntriesPerCase average signed journal entries per case that got past intake
 */
public record DemoScale(int districts, int unitsPerDistrict, int caseworkersPerUnit, int persons,
                        int journalEntriesPerCase) {

    /** One realistic municipality for the run command: three districts and about 2,000 clients. */
    public static DemoScale municipality() {
        return new DemoScale(3, 2, 6, 2_000, 6);
    }

    /** National scale for benchmarks: 1 M persons and about 5 M journal entries. */
    public static DemoScale national() {
        return new DemoScale(290, 3, 8, 1_000_000, 6);
    }

    /** Scaled down for tests. */
    public static DemoScale tiny(int persons) {
        return new DemoScale(3, 2, 2, persons, 3);
    }
}
