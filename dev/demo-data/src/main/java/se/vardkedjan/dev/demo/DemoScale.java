package se.vardkedjan.dev.demo;

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

    /**
     * National scale for benchmarks: 1 M persons, about 1.25 M cases and 5 M journal entries (four signed entries per
     * case past intake on average; decided and closed cases have more, investigations fewer; plus corrections).
     */
    public static DemoScale national() {
        return national(1_000_000);
    }

    /** The national shape (290 municipalities of three units) with the given number of persons. */
    public static DemoScale national(int persons) {
        return new DemoScale(persons >= 100_000 ? 290 : 3, 3, 8, persons, 4);
    }

    /** Scaled down for tests. */
    public static DemoScale tiny(int persons) {
        return new DemoScale(3, 2, 2, persons, 3);
    }
}
