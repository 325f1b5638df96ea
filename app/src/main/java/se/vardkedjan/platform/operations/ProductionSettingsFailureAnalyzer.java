package se.vardkedjan.platform.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, without a stack trace, every setting production refused and what to set instead. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsRefused cause) {
        return new FailureAnalysis(cause.getMessage(), "Set the variables above as docs/operations.md (\"Production "
                + "settings\") describes. Only the run command (./run.sh), the tests and the benchmarks run as "
                + "development (VARDKEDJAN_ENVIRONMENT=development); never set that in production.", cause);
    }
}
