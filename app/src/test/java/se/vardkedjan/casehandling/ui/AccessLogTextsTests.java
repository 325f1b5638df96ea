package se.vardkedjan.casehandling.ui;

import org.junit.jupiter.api.Test;
import se.vardkedjan.accesslog.AccessHint;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.platform.i18n.ModuleTexts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log shows every kind, purpose and hint a row can carry, and every part of the case file case handling
 * names in its rows, in words, in Swedish and in English. The keys come from the enums' exhaustive switches and from
 * case handling's {@link se.vardkedjan.accesslog.AccessLogParts} table (ADR 0019); a module that writes rows with
 * codes of its own adds its table to this test.
 */
class AccessLogTextsTests {

    private final ModuleTexts texts = new ModuleTexts();

    @Test
    void everyKindPurposeAndHintHasATextInEveryLanguage() {
        var keys = new ArrayList<String>();
        Arrays.stream(AccessKind.values()).forEach(kind -> keys.add(kind.textKey()));
        Arrays.stream(Purpose.values()).forEach(purpose -> keys.add(purpose.textKey()));
        Arrays.stream(AccessHint.values()).forEach(hint -> keys.add(hint.textKey()));
        assertThat(keys).doesNotHaveDuplicates();
        everyKeyHasATextInEveryLanguage(keys);
    }

    @Test
    void everyPartCaseHandlingNamesInItsRowsHasATextInEveryLanguage() {
        var parts = new CaseHandlingAccessLogParts().textKeys();
        assertThat(parts).containsKeys("CASE", "JOURNAL_ENTRY", "ACCESS_LOG_ENTRY", "COORDINATED_PLAN");
        everyKeyHasATextInEveryLanguage(new ArrayList<>(parts.values()));
    }

    private void everyKeyHasATextInEveryLanguage(java.util.List<String> keys) {
        for (Locale locale : texts.getProvidedLocales()) {
            assertThat(keys).as("%s", locale)
                    .allSatisfy(key -> assertThat(texts.getTranslation(key, locale)).as(key).doesNotStartWith("!"));
        }
    }
}
