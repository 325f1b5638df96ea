package se.vardkedjan.followup.instrument.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionReaderTests {

    private static final String VALID = """
            code: TEST
            version: 1
            name: {sv: Test, en: Test}
            direction: HIGHER_IS_WORSE
            respondents: [STAFF_INTERVIEW]
            items:
              - code: Q1
                text: {sv: Fråga ett, en: Question one}
                options:
                  - {code: N, score: 0, text: {sv: Nej, en: \"No\"}}
                  - {code: Y, score: 2, text: {sv: Ja, en: \"Yes\"}}
              - code: Q2
                text: {sv: Fråga två, en: Question two}
                range: {min: 0, max: 5}
            cutOffs:
              - {sex: FEMALE, flagWhen: AT_LEAST, value: 3, text: {sv: Kvinnor, en: Women}}
            bands:
              - {code: LOW, from: 0, to: 3, text: {sv: Låg, en: Low}}
              - {code: HIGH, from: 4, to: 7, text: {sv: Hög, en: High}}
            """;

    private static DefinitionError errorOf(String content) {
        try {
            DefinitionReader.read("my-file.yaml", content);
        } catch (DefinitionError e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + content);
    }

    @Test
    void aValidFileIsRead() {
        var definition = DefinitionReader.read("my-file.yaml", VALID);

        assertThat(definition.ref()).isEqualTo(new InstrumentRef("TEST", 1));
        assertThat(definition.totalItems()).containsExactly("Q1", "Q2");
        assertThat(definition.highestTotal()).isEqualTo(7);
        assertThat(definition.licenceRequired()).isFalse();
    }

    @Test
    void anItemMayWordTheQuestionForTheClientAnsweringItselfAndStaffKeepTheirs() {
        var withClientText = VALID.replace("""
                    text: {sv: Fråga två, en: Question two}
                """, """
                    text: {sv: Fråga två, en: Question two}
                    clientText: {sv: \"Hur är det för dig?\", en: \"How is it for you?\"}
                """);
        var definition = DefinitionReader.read("my-file.yaml", withClientText);

        var q2 = definition.items().get(1);
        assertThat(q2.textFor(Respondent.CLIENT_SELF).sv()).isEqualTo("Hur är det för dig?");
        assertThat(q2.textFor(Respondent.STAFF_INTERVIEW).sv()).isEqualTo("Fråga två");
        // without a client text the client reads the item's text
        assertThat(definition.items().getFirst().textFor(Respondent.CLIENT_SELF).sv()).isEqualTo("Fråga ett");
        var withoutEnglish = withClientText.replace(", en: \"How is it for you?\"}", "}");
        assertThat(errorOf(withoutEnglish).getMessage()).contains("items[1].clientText.en");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "'    options:\n      - {code: N, score: 0, text: {sv: Nej, en: \"No\"}}\n      - {code: Y, score: 2, text: {sv: Ja, en: \"Yes\"}}' | '    options:\n      - {code: N, score: 0, text: {sv: Nej, en: \"No\"}}\n      - {code: Y, text: {sv: Ja, en: \"Yes\"}}' | items[0].options[1].score",
            "'  - {code: HIGH, from: 4, to: 7' | '  - {code: HIGH, from: 3, to: 7' | bands[1]",
            "'version: 1' | 'version: one' | version",
            "'name: {sv: Test, en: Test}' | 'name: {sv: Test}' | name.en",
            "'code: TEST' | 'code: test' | code",
            "'direction: HIGHER_IS_WORSE' | 'direction: UP' | direction",
            "'    range: {min: 0, max: 5}' | '    range: {min: 6, max: 5}' | items[1].range",
            "'  - code: Q2' | '  - code: Q1' | items[1].code",
            "'    range: {min: 0, max: 5}' | '' | items[1].options",
            "'{sex: FEMALE,' | '{sex: WOMAN,' | cutOffs[0].sex",
            "'flagWhen: AT_LEAST' | 'flagWhen: OVER' | cutOffs[0].flagWhen",
            "'  - {code: HIGH, from: 4, to: 7' | '  - {code: HIGH, from: 4, to: 9' | bands[1]",
            "'respondents: [STAFF_INTERVIEW]' | 'respondents: []' | respondents",
            "'direction: HIGHER_IS_WORSE' | 'direction: HIGHER_IS_WORSE\nscore: 40' | score",
    })
    void eachProblemNamesTheFileAndTheField(String valid, String broken, String field) {
        var content = VALID.replace(valid.replace("\\n", "\n"), broken.replace("\\n", "\n"));
        assertThat(content).isNotEqualTo(VALID);

        var error = errorOf(content);

        assertThat(error.file()).isEqualTo("my-file.yaml");
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.getMessage()).contains("my-file.yaml").contains(field);
    }

    @Test
    void overlappingBandsNameBothBands() {
        var error = errorOf(VALID.replace("{code: HIGH, from: 4", "{code: HIGH, from: 2"));

        assertThat(error.getMessage()).contains("HIGH").contains("LOW").contains("overlaps");
    }

    @Test
    void twoCutOffsForTheSamePersonsAreRefused() {
        var error = errorOf(VALID.replace("cutOffs:\n", "cutOffs:\n"
                + "  - {sex: FEMALE, flagWhen: AT_LEAST, value: 4, text: {sv: K, en: W}}\n"));

        assertThat(error.field()).isEqualTo("cutOffs[1]");
    }

    @Test
    void anOptionalItemCannotCountTowardTheTotal() {
        var error = errorOf(VALID.replace("    range: {min: 0, max: 5}",
                "    range: {min: 0, max: 5}\n    required: false") + "scoring:\n  total: [Q1, Q2]\n");

        assertThat(error.field()).isEqualTo("scoring.total[1]");
    }

    @Test
    void aTotalNamingAnUnknownItemIsRefused() {
        assertThat(errorOf(VALID + "scoring:\n  total: [Q1, Q9]\n").field()).isEqualTo("scoring.total[1]");
    }

    @Test
    void anUnquotedNoThatYamlReadsAsFalseIsRefusedAsText() {
        var error = errorOf(VALID.replace("en: \"No\"", "en: No"));

        assertThat(error.field()).isEqualTo("items[0].options[0].text.en");
        assertThat(error.getMessage()).contains("quotes");
    }

    @Test
    void aFileThatIsNotYamlIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> DefinitionReader.read("broken.yaml", "code: [unclosed"))
                .isInstanceOf(DefinitionError.class).hasMessageContaining("broken.yaml");
    }

    @Test
    void aVersionThatOnlyRewordsTheQuestionsIsOnTheSameScaleAndOneWithOtherScoresIsNot() {
        var first = DefinitionReader.read("test-1.yaml", VALID);
        var reworded = DefinitionReader.read("test-2.yaml", VALID.replace("version: 1", "version: 2")
                .replace("Fråga ett", "Första frågan").replace("""
                    text: {sv: Fråga två, en: Question two}
                """, """
                    text: {sv: Fråga två, en: Question two}
                    clientText: {sv: \"Hur är det för dig?\", en: \"How is it for you?\"}
                """));
        var rescored = DefinitionReader.read("test-3.yaml", VALID.replace("version: 1", "version: 3")
                .replace("{code: Y, score: 2", "{code: Y, score: 3").replace("from: 4, to: 7", "from: 4, to: 8"));
        var rebanded = DefinitionReader.read("test-4.yaml", VALID.replace("version: 1", "version: 4")
                .replace("to: 3, text", "to: 2, text").replace("from: 4, to: 7", "from: 3, to: 7"));

        assertThat(reworded.sameScaleAs(first)).isTrue();
        assertThat(rescored.sameScaleAs(first)).as("an option scores otherwise").isFalse();
        assertThat(rebanded.sameScaleAs(first)).as("the bands are cut elsewhere").isFalse();
    }
}
