package se.vardkedjan.dev.demo;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Ids for generated rows, in the layout of UUID version 7 (RFC 9562): a rising 48-bit prefix, then random bits. The
 * prefix is a counter rather than the clock, so a seed gives the same ids every run; rising ids let a national-scale
 * run append to the primary-key and foreign-key indexes instead of touching a random page of each for every row.
 */
final class DemoIds {

    /** 2025-01-01T00:00:00Z in milliseconds: the counter starts here, so the prefix reads as a plausible time. */
    private static final long START = 1_735_689_600_000L;

    private final RandomGenerator random;
    private long counter;

    DemoIds(RandomGenerator random) {
        this.random = random;
    }

    UUID next() {
        var high = ((START + counter++) << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        var low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
