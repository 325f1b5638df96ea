package se.vardkedjan.followup.instrument.domain;

/** An instrument's code and the version of its definition: what a measurement was scored by. */
public record InstrumentRef(String code, int version) {

    @Override
    public String toString() {
        return code + " v" + version;
    }
}
