package se.vardkedjan.casehandling.ui;

import org.junit.jupiter.api.Test;
import se.vardkedjan.casehandling.AccessHint;
import se.vardkedjan.casehandling.AccessKind;
import se.vardkedjan.casehandling.Purpose;
import se.vardkedjan.platform.i18n.ModuleTexts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access log shows every kind, purpose and hint a row can carry in words, in Swedish and in English: the view
 * builds their keys from the constants, which the check of literal keys in the sources cannot see.
 */
class AccessLogTextsTests {

    private final ModuleTexts texts = new ModuleTexts();

    @Test
    void everyKindPurposeAndHintHasATextInEveryLanguage() {
        var keys = new ArrayList<String>();
        Arrays.stream(AccessKind.values()).forEach(kind -> keys.add("casehandling.staff.access-kind." + kind.name()));
        Arrays.stream(Purpose.values()).forEach(purpose -> keys.add("casehandling.staff.purpose." + purpose.name()));
        Arrays.stream(AccessHint.values()).forEach(hint -> keys.add("casehandling.staff.hint." + hint.name()));
        for (Locale locale : texts.getProvidedLocales()) {
            assertThat(keys).as("%s", locale)
                    .allSatisfy(key -> assertThat(texts.getTranslation(key, locale)).as(key).doesNotStartWith("!"));
        }
    }
}
