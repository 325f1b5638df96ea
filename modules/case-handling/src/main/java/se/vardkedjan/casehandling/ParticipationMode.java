package se.vardkedjan.casehandling;

/** How the client took part in the investigation (delaktighet). Declining is recorded too, never left blank. */
public enum ParticipationMode {
    MEETING,
    PHONE,
    WRITTEN,
    THROUGH_REPRESENTATIVE,
    DECLINED
}
