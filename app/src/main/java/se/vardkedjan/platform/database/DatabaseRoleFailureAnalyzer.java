package se.vardkedjan.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, without a stack trace, why the app refused its database roles and where to read on. */
class DatabaseRoleFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseRoleRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseRoleRefused cause) {
        return new FailureAnalysis(cause.getMessage(), "Create the app role and the owner role and give the app their "
                + "names and passwords as docs/operations.md (\"Database roles\") describes; the run command "
                + "(./run.sh) does this itself.", cause);
    }
}
