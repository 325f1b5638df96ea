package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.FileSection;

import java.util.Set;

/**
 * Whose file the signed-in portal user reads now and what the file's owner let them do (ADR 0028, slice 2): their own
 * file, or — as an adult a client trusts — the client's, only the {@code sections} shared, and only to read. The portal
 * shows only what this allows (no button that would be refused). Reads no personal data.
 *
 * @param identified     whether BankID identified the user by number
 * @param byTrustedReader true when the user reads a trusting client's file, not their own
 * @param sections       the parts of the file the user may open (all, in their own file)
 * @param blocked        the file's owner has blocked the portal access (only the choices open, for the owner)
 */
public record OwnReading(boolean identified, boolean byTrustedReader, Set<FileSection> sections, boolean blocked) {

    /** Whether the user may open the part of the file now. */
    public boolean mayOpen(FileSection section) {
        return blocked ? !byTrustedReader && section == FileSection.CHOICES : sections.contains(section);
    }

    /** Whether the user may change anything in the file (only its owner, never a trusted reader). */
    public boolean mayChange() {
        return !byTrustedReader && !blocked;
    }
}
