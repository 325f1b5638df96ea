package se.vardkedjan.organisation;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.ActorNames;
import se.vardkedjan.organisation.persistence.UnitRows;

import java.util.List;

/**
 * The names the access log records for actors (ADR 0021): the organisation register's name of the staff member, or
 * the username when the register has none; never the login token's name, which the account's holder might have chosen.
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
