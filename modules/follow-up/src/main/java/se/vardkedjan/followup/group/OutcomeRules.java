package se.vardkedjan.followup.group;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.vardkedjan.followup.group.persistence.GroupRows;
import se.vardkedjan.followup.instrument.InstrumentCatalogue;
import se.vardkedjan.followup.instrument.domain.Direction;

/**
 * Keeps each loaded instrument definition's direction and reliable-change threshold in {@code followup.outcome_rules}
 * when the application has started (after the catalogue has loaded the definitions, before any runner such as the
 * demo data's loader), so that {@code followup.refresh_group_summaries} judges an improvement in SQL by the same rule
 * as the definition (ADR 0029; ADR 0031's amendment): an instrument without a threshold never calls a change reliable.
 */
@Component
public class OutcomeRules {

    private final InstrumentCatalogue catalogue;
    private final GroupRows rows;

    OutcomeRules(InstrumentCatalogue catalogue, GroupRows rows) {
        this.catalogue = catalogue;
        this.rows = rows;
    }

    @EventListener(ContextRefreshedEvent.class)
    public void keep() {
        for (var definition : catalogue.all()) {
            rows.keepOutcomeRule(definition.code(), definition.version(),
                    definition.direction() == Direction.HIGHER_IS_BETTER, definition.reliableChange());
        }
    }
}
