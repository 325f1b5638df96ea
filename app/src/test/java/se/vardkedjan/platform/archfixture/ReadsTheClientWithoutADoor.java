package se.vardkedjan.platform.archfixture;

import se.vardkedjan.casehandling.CaseDoor;

/**
 * Test fixture: a class outside any module's {@code access} package that asks case handling's door for a client, which
 * ArchitectureTests' door rule must refuse.
 */
public final class ReadsTheClientWithoutADoor {

    private ReadsTheClientWithoutADoor() {
    }

    public static CaseDoor.Client client(CaseDoor door, CaseDoor.Admission admission) {
        return door.clientOf(admission);
    }
}
