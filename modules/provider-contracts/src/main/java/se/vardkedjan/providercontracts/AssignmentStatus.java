package se.vardkedjan.providercontracts;

/**
 * Where an assignment stands: written by the caseworker (draft), sent to the provider, received, accepted with a start
 * date or declined with a reason, running, ended; a draft may be withdrawn instead of sent.
 */
public enum AssignmentStatus {
    DRAFT, SENT, RECEIVED, ACCEPTED, DECLINED, RUNNING, ENDED, WITHDRAWN;

    /** Sent and not yet answered by the provider: what escalation watches. Receipt is no answer. */
    public boolean awaitsAnswer() {
        return this == SENT || this == RECEIVED;
    }

    /** Whether provider staff may see it at all: from sending on, never a draft or a withdrawn draft. */
    public boolean reachesProvider() {
        return this != DRAFT && this != WITHDRAWN;
    }
}
