package se.vardkedjan.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.organisation.domain.OrganisationFile;
import se.vardkedjan.organisation.persistence.UnitRows;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The municipality's organisation register: districts, units and staff with their units. An administrator loads it
 * from an organisation file (see {@link OrganisationFile} and docs/organisation-file.md) and edits it; every staff role
 * reads it (for example the staff of a unit when a case is assigned). It holds no client data, so nothing here is
 * written to the access log. Other modules' facades look up names and staff here ({@link #staffNames},
 * {@link #unitName}, {@link #activeStaffOfUnit}) within their own checks, for any signed-in user of theirs.
 */
@Service
@RolesAllowed(Roles.ADMINISTRATOR)
public class Organisation {

    private final UnitRows units;

    public Organisation(UnitRows units) {
        this.units = units;
    }

    /**
     * Loads an organisation file (UTF-8). Every line is checked first; if any line is wrong nothing is stored and the
     * refusal names the line. Then districts, units and staff are inserted or updated; a staff line replaces the
     * member's units.
     */
    @Transactional
    public OrganisationImported importFrom(InputStream file) {
        return load(units, file);
    }

    /** Checks and stores an organisation file; also used by the start-up seed, which runs without a signed-in user. */
    static OrganisationImported load(UnitRows units, InputStream file) {
        var parsed = OrganisationFile.parse(lines(file), units.districtCodes(), units.unitCodes());
        units.store(parsed);
        return new OrganisationImported(parsed.districts().size(), parsed.units().size(), parsed.staff().size());
    }

    @Transactional
    public void addDistrict(String code, String name) {
        var checked = OrganisationFile.code(code);
        if (units.districtCodes().contains(checked)) {
            throw RuleViolation.forField("organisation.code", "organisation.error.code-taken", checked);
        }
        units.insertOrRenameDistrict(checked, OrganisationFile.name("organisation.district.name", name));
    }

    @Transactional
    public void addUnit(String code, String districtCode, String name) {
        var checked = new UnitCode(OrganisationFile.code(code));
        if (districtCode == null || !units.districtCodes().contains(districtCode)) {
            throw RuleViolation.forField("organisation.unit.district", "organisation.error.district-unknown");
        }
        if (!units.insertUnit(checked, districtCode,
                OrganisationFile.name("organisation.unit.name", name))) {
            throw RuleViolation.forField("organisation.code", "organisation.error.code-taken", checked.value());
        }
    }

    /** Renames a unit as the caller read it (its version); a newer version means someone else changed it. */
    @Transactional
    public void renameUnit(UnitCode code, long version, String name) {
        var unit = existing(code);
        units.updateUnit(code, version, OrganisationFile.name("organisation.unit.name", name),
                unit.active());
    }

    /** Deactivates a unit: it takes no new cases and is no longer offered, but keeps its cases and history. */
    @Transactional
    public void deactivateUnit(UnitCode code, long version) {
        var unit = existing(code);
        if (!unit.active()) {
            throw new RuleViolation("organisation.error.unit-already-inactive");
        }
        units.updateUnit(code, version, unit.name(), false);
    }

    /**
     * Replaces a unit's public contact details (phone, telephone hours, e-mail, visiting address; blank parts are none)
     * as the caller read the unit (its version). A wrong part is refused naming its field.
     */
    @Transactional
    public void changeUnitContact(UnitCode code, long version, String phone, String phoneHours, String email,
                                  String visitingAddress) {
        existing(code);
        units.updateContact(code, version, UnitContact.checked(phone, phoneHours, email, visitingAddress));
    }

    /** Makes an inactive unit active again. */
    @Transactional
    public void reactivateUnit(UnitCode code, long version) {
        var unit = existing(code);
        units.updateUnit(code, version, unit.name(), true);
    }

    /** Registers a staff member (or corrects their name and title). */
    @Transactional
    public void registerStaffMember(String username, String displayName, String title) {
        units.upsertStaffMember(OrganisationFile.username(username),
                OrganisationFile.name("organisation.staff.display-name", displayName),
                title == null || title.isBlank() ? null
                        : OrganisationFile.name("organisation.staff.title", title));
    }

    @Transactional
    public void addStaffToUnit(String username, UnitCode unit) {
        requireChosen(username, unit);
        var member = units.staffMember(OrganisationFile.username(username))
                .orElseThrow(() -> new RuleViolation("organisation.error.staff-unknown", username));
        if (!existing(unit).active()) {
            throw new RuleViolation("organisation.error.unit-inactive", unit.value());
        }
        units.addToUnit(member.username(), unit);
    }

    @Transactional
    public void removeStaffFromUnit(String username, UnitCode unit) {
        requireChosen(username, unit);
        if (!units.removeFromUnit(OrganisationFile.username(username), unit)) {
            throw new RuleViolation("organisation.error.not-in-unit", username, unit.value());
        }
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public List<District> districts() {
        return units.districts();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public List<OrganisationUnit> units() {
        return units.units();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public List<StaffMember> staffMembers() {
        return units.staffMembers();
    }

    /** The units a staff member works in; empty for an unknown account. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public Set<UnitCode> unitsOf(String username) {
        return units.staffMember(username).map(StaffMember::units).orElse(Set.of());
    }

    /** The staff of a unit, for example to choose the caseworker responsible for a case. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ANALYST, Roles.ADMINISTRATOR})
    public List<StaffMember> staffOfUnit(UnitCode unit) {
        return units.staffOfUnit(unit);
    }

    /**
     * The display names of the given staff, in one query; see {@link StaffNames} for usernames not registered. Open to
     * every caller: another module's facade asks it for what it shows (who wrote a journal entry, who decided), within
     * its own checks.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public StaffNames staffNames(Collection<String> usernames) {
        return units.staffNames(usernames);
    }

    /** The name of a unit; empty when the register has no such unit. Open to every caller, as {@link #staffNames}. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<String> unitName(UnitCode code) {
        return units.unitName(code);
    }

    /**
     * How the public reaches a unit; empty when the register has no such unit, {@link UnitContact#NONE} when it has
     * no contact details yet. Public information, open to every caller (the portal shows it to clients).
     */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<UnitContact> unitContact(UnitCode code) {
        return units.unitContact(code);
    }

    /**
     * The usernames of the unit's active staff in the register, e.g. for whom a case may be given. Open to every
     * caller, as {@link #staffNames}.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public Set<String> activeStaffOfUnit(UnitCode unit) {
        return units.activeStaffOfUnit(unit);
    }

    /** A staff member and a unit must both be chosen; a clear message says which is missing. */
    private static void requireChosen(String username, UnitCode unit) {
        if (username == null || username.isBlank()) {
            throw RuleViolation.forField("organisation.staff.member", "organisation.error.staff-required");
        }
        if (unit == null) {
            throw RuleViolation.forField("organisation.unit", "organisation.error.unit-required");
        }
    }

    /** The unit, which must be chosen and exist. */
    private OrganisationUnit existing(UnitCode code) {
        if (code == null) {
            throw RuleViolation.forField("organisation.unit", "organisation.error.unit-required");
        }
        return units.unit(code).orElseThrow(() -> new RuleViolation("organisation.error.unit-unknown",
                code == null ? "" : code.value()));
    }

    private static List<String> lines(InputStream file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new BufferedReader(new InputStreamReader(file, decoder))) {
            var lines = new ArrayList<String>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                if (lines.size() > OrganisationFile.MAX_LINES) {
                    break;
                }
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw new RuleViolation("organisation.error.not-utf8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
