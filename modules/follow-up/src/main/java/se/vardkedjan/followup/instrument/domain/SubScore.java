package se.vardkedjan.followup.instrument.domain;

import java.util.List;

/** A named part of the score: the sum of some items, with its own interpretation bands (perhaps none). */
public record SubScore(String code, Texts text, List<String> items, List<Band> bands) {

    public SubScore {
        items = List.copyOf(items);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
