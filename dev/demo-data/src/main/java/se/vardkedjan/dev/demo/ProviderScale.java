package se.vardkedjan.dev.demo;

/**
 * How much provider data to make on top of a generated municipality ({@link DemoProviders}).
 *
 * @param providers           generated provider organisations (besides any already registered, such as the demo
 *                            provider file's four)
 * @param contractsPerProvider average contracts per generated provider
 * @param everyIntervention   whether every granted intervention gets an assignment (with its states, history, goals
 *                            and reported days); otherwise only the showcase does
 * @param showcase            whether the demo providers' inbox showcase is made (needs the demo provider file's
 *                            providers: the run command's ProviderSeed loads them before the demo data)
 * @param reportedMonths      how far back providers have reported attendance: since the first of the month this many
 *                            months ago (when the municipality started with provider contracts); the generated
 *                            placements run for years, and every day of them would be about 90 rows per person
 */
public record ProviderScale(int providers, int contractsPerProvider, boolean everyIntervention, boolean showcase,
                            int reportedMonths) {

    /** The run command's municipality: the four demo providers, and the showcase assignments for their users. */
    public static ProviderScale demo() {
        return new ProviderScale(0, 0, false, true, 12);
    }

    /**
     * National scale for the benchmarks: 400 providers with about 2,000 contracts, an assignment for every granted
     * intervention and one row per care day or hour reported since the first of the month four months back (15.1 M
     * rows on the benchmark's 1 M persons).
     */
    public static ProviderScale national() {
        return new ProviderScale(400, 5, true, false, 4);
    }

    /** The national shape on a small municipality, for tests and the smoke test. */
    public static ProviderScale tiny(int providers) {
        return new ProviderScale(providers, 5, true, false, 3);
    }
}
