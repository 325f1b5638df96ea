package se.vardkedjan.providercontracts;

import se.vardkedjan.casehandling.InterventionType;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the client gets help, as the portal shows it to them (ADR 0028, slice 2): the intervention, the provider
 * organisation with its public contact where the register has it, the planned and actual start, the end, and where it
 * stands; and, where the intervention is provided under LOV (valfrihetssystem), the providers the client can choose
 * between. Never an id the client could aim at someone else's file with, nor anybody's personal data.
 *
 * @param providerName  the provider organisation's name, or null when none is chosen yet
 * @param providerPhone the provider organisation's public phone, or null when the register has none
 * @param providerEmail the provider organisation's public e-mail, or null when the register has none
 * @param plannedStart  the start the provider accepted, else the start the assignment asked for, else the decision's
 * @param clientsChoice the client chose the provider under LOV
 * @param lovProviders  the providers with an active LOV contract for the intervention today (empty when the
 *                      intervention is not provided under LOV)
 */
public record OwnAssignment(InterventionType interventionType, String providerName, String providerPhone,
                            String providerEmail, LocalDate plannedStart, LocalDate startedOn, LocalDate endedOn,
                            AssignmentStatus status, boolean clientsChoice, List<LovProvider> lovProviders) {

    public OwnAssignment {
        lovProviders = List.copyOf(lovProviders);
    }

    /** A provider the client can choose under LOV, with its public contact where the register has it. */
    public record LovProvider(String name, String phone, String email) {
    }
}
