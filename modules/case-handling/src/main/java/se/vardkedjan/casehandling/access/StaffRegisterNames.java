package se.vardkedjan.casehandling.access;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.ActorNames;
import se.vardkedjan.casehandling.persistence.UnitRows;

import java.util.List;

/**
 * The names the access log records for actors, from the organisation register (ADR 0021): the staff member's name, or
 * the username when the register has none. Moves with the register to the organisation module.
 */
@Component
class StaffRegisterNames implements ActorNames {

    private final UnitRows units;

    StaffRegisterNames(UnitRows units) {
        this.units = units;
    }

    @Override
    public String nameOf(String username) {
        return units.staffNames(List.of(username)).of(username);
    }
}
