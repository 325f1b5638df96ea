package se.vardkedjan.bankid.keycloak.rp;

/** The answer to {@code collect}: the order is pending, has failed, or is complete. */
public sealed interface CollectResult {

    String orderRef();

    /** Still going; the hint code says what the user is doing (e.g. {@code outstandingTransaction}, {@code userSign}). */
    record Pending(String orderRef, String hintCode) implements CollectResult {
    }

    /** Finished without success (e.g. {@code expiredTransaction}, {@code userCancel}); the order cannot be collected again. */
    record Failed(String orderRef, String hintCode) implements CollectResult {
    }

    /** The user identified themselves or signed. */
    record Complete(String orderRef, CompletionData completionData) implements CollectResult {
        @Override
        public String toString() {
            return "Complete[orderRef=" + orderRef + "]";
        }
    }
}
