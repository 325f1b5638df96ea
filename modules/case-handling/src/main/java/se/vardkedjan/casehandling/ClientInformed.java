package se.vardkedjan.casehandling;

import java.time.LocalDate;

/**
 * What the caseworker recorded of telling the client their rights in a meeting (issue 13, slice 3): the day the client
 * was told of the right to a coordinated individual plan (SIP) and of the right to read their file, either empty when
 * not (yet) told. Shown with the investigation, under a version of its own.
 *
 * @param version the version to send back when changing it (0 when nothing was recorded yet)
 */
public record ClientInformed(LocalDate rightToSipOn, LocalDate rightToReadFileOn, long version) {

    /** Nothing recorded yet. */
    public static final ClientInformed NONE = new ClientInformed(null, null, 0);
}
