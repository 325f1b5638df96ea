package se.vardkedjan.accesslog;

import org.springframework.stereotype.Component;

import java.util.Map;

/** The codes the module tests write, declared as a module declares its own. */
@Component
class TestModuleParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of("NOTE", "accesslog.test.what.NOTE", "LETTER", "accesslog.test.what.LETTER", "PLAN",
                "accesslog.test.what.PLAN");
    }
}
