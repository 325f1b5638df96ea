package se.vardkedjan;

import se.vardkedjan.sharedkernel.FileInView;
import se.vardkedjan.sharedkernel.PersonId;

import java.util.Optional;

/**
 * Whose file the signed-in portal user reads, in module tests: kept for the test's thread as the portal keeps it for a
 * session; {@link #reset} (after each test) goes back to the own file.
 */
public class TestFileInView implements FileInView {

    private static final ThreadLocal<PersonId> CHOSEN = new ThreadLocal<>();

    @Override
    public Optional<PersonId> otherOwner() {
        return Optional.ofNullable(CHOSEN.get());
    }

    @Override
    public void readOwn() {
        CHOSEN.remove();
    }

    @Override
    public void readFileOf(PersonId owner) {
        CHOSEN.set(owner);
    }

    public static void reset() {
        CHOSEN.remove();
    }
}
