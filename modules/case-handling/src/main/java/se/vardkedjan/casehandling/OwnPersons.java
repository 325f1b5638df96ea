package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;

import java.util.Optional;

/**
 * The signed-in client's own person, for what another module keeps about the client in the portal (the portal's
 * record of which information the client has read, ADR 0028): through {@link OwnFileDoor}, which writes the access-log
 * row with the client as actor and purpose {@code OWN_FILE}. Never registers anybody; only clients call it.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnPersons {

    private final OwnFileDoor door;

    public OwnPersons(OwnFileDoor door) {
        this.door = door;
    }

    /**
     * The client's person id, with the access-log row written for the read or change named; empty (nothing written)
     * for a client BankID did not identify by number, or one not in the register.
     *
     * @param what what is read or changed, as in the access log ({@code OWN_INFORMATION_READ}, …)
     */
    @Transactional
    public Optional<PersonId> open(FileSection section, AccessKind kind, String what) {
        return door.openOwnSelf(section, kind, what, null).map(OwnFileDoor.OwnSelf::personId);
    }
}
