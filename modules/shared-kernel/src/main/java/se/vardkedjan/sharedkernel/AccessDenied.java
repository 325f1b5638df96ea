package se.vardkedjan.sharedkernel;

/**
 * The signed-in user may not read or change this: the case belongs to another unit, the person has a protected
 * identity and the user is not named on the case, or the role does not allow it. The message names ids only.
 */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
