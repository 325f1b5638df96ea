package se.vardkedjan.organisation;

import java.time.Instant;

/**
 * One change of a delegation rule, as recorded: which intervention type (its code, see {@link DelegationRule}), from
 * which lowest role to which, the committee decision (nämndbeslut) it carries out, who made it and when. The history
 * is only ever added to.
 */
public record DelegationRuleChange(String type, String previousRole, String newRole, String basis,
                                   String changedBy, Instant changedAt) {
}
