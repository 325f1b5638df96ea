package se.vardkedjan.sharedkernel;

/**
 * Somebody else changed the record since it was read (optimistic locking). Nothing was stored; the UI reloads and
 * shows the other change instead of overwriting it.
 */
public class ConcurrentChange extends RuntimeException {

    private final String what;

    public ConcurrentChange(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
        this.what = what;
    }

    /** What was changed, e.g. {@code case} or {@code person}. */
    public String what() {
        return what;
    }
}
