package se.vardkedjan.dev.demo;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * Group follow-up's demo population (ADR 0031): the run command's municipality already has clients in three districts
 * of both sexes and every age group, but provider contracts' showcase gives care days and costs to a handful of cases
 * in one unit only. This adds a few generated providers and an assignment, with its states, history and six months of
 * reported days, for every granted intervention without one — the route the national generator takes
 * ({@link DemoProviders}, {@link ProviderScale}) — so the money and time-limit views compare three districts too.
 * Seeded: the same demo every time.
 */
final class DemoGroupFollowUp {

    /** Generated providers (every kind at least once) and their average contracts. */
    static final ProviderScale SCALE = new ProviderScale(8, 3, true, false, 6);

    private DemoGroupFollowUp() {
    }

    static DemoProviders.Result generate(JdbcTemplate jdbc, Clock clock, long seed) {
        return new DemoProviders(jdbc, clock, seed ^ 0x6772_6f75_70L).generate(SCALE);
    }
}
