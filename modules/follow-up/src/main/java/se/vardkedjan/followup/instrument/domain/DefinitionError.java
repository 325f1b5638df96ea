package se.vardkedjan.followup.instrument.domain;

/**
 * A definition file that cannot be used: names the file and the field (a path such as
 * {@code items[3].options[1].score}) and says what is wrong. At start it stops the application (ADR 0029).
 */
public class DefinitionError extends RuntimeException {

    private final String file;
    private final String field;

    public DefinitionError(String file, String field, String problem) {
        super("Instrument definition " + file + ", field " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
