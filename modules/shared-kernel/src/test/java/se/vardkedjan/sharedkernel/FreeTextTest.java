package se.vardkedjan.sharedkernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FreeTextTest {

    private final FreeText text = new FreeText(new FreeText.Messages("m.error.required", "m.error.too-long",
            "m.error.markup", "m.error.control", "m.error.single-line"));

    @Test
    void eachRefusalNamesTheModulesOwnMessageAndTheField() {
        assertThat(refusal(() -> text.required("m.field", "  ", 10))).isEqualTo("m.error.required [m.field]");
        assertThat(refusal(() -> text.optional("m.field", "x".repeat(11), 10)))
                .isEqualTo("m.error.too-long [m.field, 10, 11]");
        assertThat(refusal(() -> text.optional("m.field", "<script>", 10))).isEqualTo("m.error.markup [m.field]");
        assertThat(refusal(() -> text.searchTerm("m.field", "a\u0000", 10))).isEqualTo("m.error.control [m.field]");
        assertThat(refusal(() -> text.requiredLine("m.field", "a\nb", 10))).isEqualTo("m.error.single-line [m.field]");
    }

    @Test
    void aTextIsStrippedAndBlankIsNoText() {
        assertThat(text.required("m.field", "  AUDIT < 8 ", 20)).isEqualTo("AUDIT < 8");
        assertThat(text.optional("m.field", " \t ", 20)).isNull();
    }

    private static String refusal(Executable call) {
        return assertThrows(RuleViolation.class, call).getMessage();
    }
}
