package se.vardkedjan.platform.operations;

import java.util.List;
import java.util.stream.Collectors;

/** The settings are not fit for production (ADR 0032); the app does not start. Names every problem at once. */
final class ProductionSettingsRefused extends RuntimeException {

    private final List<ProductionSettings.Problem> problems;

    ProductionSettingsRefused(List<ProductionSettings.Problem> problems) {
        super("Vårdkedjan runs as production (VARDKEDJAN_ENVIRONMENT is not development) and does not start with "
                + "these settings:\n" + problems.stream().map(problem -> "  - " + problem)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    List<ProductionSettings.Problem> problems() {
        return problems;
    }
}
