package se.vardkedjan.followup;

import se.vardkedjan.followup.instrument.InstrumentCatalogue;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.followup.instrument.domain.InstrumentFreeText;
import se.vardkedjan.followup.instrument.persistence.InstrumentRows;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.util.List;

/**
 * The administrator's view of the instruments (ADR 0029): every definition with its version and status, and the
 * licence switch of an instrument that needs the authors' licence (ORS, SRS): the administrator states that the
 * municipality holds it, with the licence's reference, or withdraws the statement. Each statement is kept (who, when,
 * the reference). No personal data.
 */
@Service
@RolesAllowed(Roles.ADMINISTRATOR)
public class Instruments {

    static final int MAX_REFERENCE = 200;

    private final InstrumentCatalogue catalogue;
    private final InstrumentRows rows;
    private final CurrentActor currentActor;
    private final Clock clock;

    Instruments(InstrumentCatalogue catalogue, InstrumentRows rows, CurrentActor currentActor, Clock clock) {
        this.catalogue = catalogue;
        this.rows = rows;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Every instrument version, by code and version, with its status. */
    @Transactional(readOnly = true)
    public List<InstrumentStatus> overview() {
        return catalogue.all().stream().map(definition -> {
            var current = catalogue.current(definition.code()).orElseThrow().version() == definition.version();
            var statement = rows.latestLicenceStatement(definition.code());
            return new InstrumentStatus(definition, current, current && catalogue.enabled(definition.code()),
                    statement.map(InstrumentRows.LicenceStatement::reference).orElse(null),
                    statement.map(InstrumentRows.LicenceStatement::byName).orElse(null),
                    statement.map(InstrumentRows.LicenceStatement::at).orElse(null),
                    statement.map(InstrumentRows.LicenceStatement::stated).orElse(false));
        }).toList();
    }

    /**
     * States that the municipality holds the licence of an instrument that needs one, with the reference the
     * administrator types (an agreement's number or date); the instrument is enabled from now.
     *
     * @throws RuleViolation {@code followup.instrument.error.unknown-instrument},
     *                       {@code followup.instrument.error.no-licence-needed}, or the free-text rules on the
     *                       reference (required, one line, at most 200 characters, no markup or control characters)
     */
    @Transactional
    public void stateLicence(String code, String reference) {
        var actor = currentActor.require();
        licensed(code);
        var trimmed = InstrumentFreeText.FREE_TEXT.requiredLine("followup.instrument.admin.reference", reference,
                MAX_REFERENCE);
        rows.addLicenceStatement(code, true, trimmed, actor.subject(), actor.displayName(), clock.instant());
    }

    /** Withdraws the statement: the instrument is off for new measurements from now (those taken stay). */
    @Transactional
    public void withdrawLicence(String code) {
        var actor = currentActor.require();
        licensed(code);
        rows.addLicenceStatement(code, false, null, actor.subject(), actor.displayName(), clock.instant());
    }

    private void licensed(String code) {
        var definition = catalogue.current(code)
                .orElseThrow(() -> new RuleViolation("followup.instrument.error.unknown-instrument", code));
        if (!definition.licenceRequired()) {
            throw new RuleViolation("followup.instrument.error.no-licence-needed", code);
        }
    }
}
