package se.vardkedjan.followup.instrument.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The shipped definition files, read as the product reads them. */
final class Shipped {

    private Shipped() {
    }

    static InstrumentDefinition definition(String file) {
        try (var in = Shipped.class.getResourceAsStream("/instruments/" + file)) {
            return DefinitionReader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers giving each item of {@code scores} (in item order Q1, Q2, ...) the option with that score. */
    static Map<String, String> byScores(int... scores) {
        var answers = new HashMap<String, String>();
        for (int i = 0; i < scores.length; i++) {
            answers.put("Q" + (i + 1), "A" + scores[i]);
        }
        return answers;
    }
}
