package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.sharedkernel.PersonId;

import java.util.List;

/**
 * What a person search found.
 *
 * @param hits                    the persons the user may be shown, in the order found
 * @param protectedPersonMatched  a person with a protected identity matched whom the user may not see: they are told
 *                                that, and whom to ask, and nothing else (not the number, the name, their cases, nor
 *                                where in the order they came)
 * @param protectedPersonId       for a search by a whole identity number only (the user already knows it), the id of
 *                                that protected person, so that an intake can be registered for them; null otherwise
 * @param whomToAsk               the names of the holders of the deciding role in the user's units who decide who may
 *                                see the person; empty when none is known (then "your unit manager")
 * @param more                    more persons matched than {@link PersonRegister#SEARCH_LIMIT}: the term should be
 *                                narrowed
 */
public record PersonSearch(List<PersonSummary> hits, boolean protectedPersonMatched, PersonId protectedPersonId,
                           List<String> whomToAsk, boolean more) {

    public PersonSearch {
        hits = List.copyOf(hits);
        whomToAsk = List.copyOf(whomToAsk);
    }

    /** Whether nothing at all matched. */
    public boolean isEmpty() {
        return hits.isEmpty() && !protectedPersonMatched;
    }
}
