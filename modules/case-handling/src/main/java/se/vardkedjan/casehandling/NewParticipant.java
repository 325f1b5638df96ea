package se.vardkedjan.casehandling;

/**
 * A participant to add to a SIP. Use the factories: a municipal participant is a staff account or a named person; a
 * region participant is a named person with organisation and role, optionally linked to an account that then may read
 * the SIP; a relative needs the client's "no objection".
 *
 * @param staffUsername          municipal staff account, or null
 * @param name                   the person's name (for staff accounts optional; the account names them)
 * @param organisation           the region participant's organisation, e.g. "Region Exempel"
 * @param organisationalUnit     the region participant's unit, e.g. "Beroendemottagningen"
 * @param role                   the role in the plan or profession, e.g. "läkare"; for a relative, the relation
 * @param accountUsername        the region participant's account (realm role region_participant), or null
 * @param clientDoesNotObject    for a relative: the client was asked and does not object
 */
public record NewParticipant(ParticipantKind kind, String staffUsername, String name, String organisation,
                             String organisationalUnit, String role, String accountUsername,
                             boolean clientDoesNotObject) {

    public static NewParticipant municipal(String staffUsername, String name, String role) {
        return new NewParticipant(ParticipantKind.MUNICIPALITY, staffUsername, name, null, null, role, null, false);
    }

    public static NewParticipant region(String name, String organisation, String organisationalUnit, String role,
                                        String accountUsername) {
        return new NewParticipant(ParticipantKind.REGION, null, name, organisation, organisationalUnit, role,
                accountUsername, false);
    }

    public static NewParticipant relative(String name, String relation, boolean clientDoesNotObject) {
        return new NewParticipant(ParticipantKind.RELATIVE, null, name, null, null, relation, null,
                clientDoesNotObject);
    }
}
