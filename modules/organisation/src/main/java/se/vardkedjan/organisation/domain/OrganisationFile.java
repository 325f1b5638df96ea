package se.vardkedjan.organisation.domain;

import se.vardkedjan.organisation.UnitContact;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static se.vardkedjan.organisation.domain.OrganisationFreeText.FREE_TEXT;

/**
 * The organisation file an administrator loads: districts, units and staff, one per line, fields separated by
 * semicolons (what Swedish spreadsheet programs write), UTF-8. Blank lines and lines starting with {@code #} are
 * skipped. The format (also in docs/organisation-file.md):
 *
 * <pre>
 * district;&lt;code&gt;;&lt;name&gt;
 * unit;&lt;code&gt;;&lt;district code&gt;;&lt;name&gt;[;active|inactive]
 * staff;&lt;username&gt;;&lt;display name&gt;;&lt;title or empty&gt;;&lt;unit code&gt;[,&lt;unit code&gt;...]
 * contact;&lt;unit code&gt;;&lt;phone&gt;;&lt;telephone hours&gt;;&lt;e-mail&gt;;&lt;visiting address&gt;
 * </pre>
 *
 * Every line is checked before anything is stored; the first wrong line is refused with its number. A unit may name a
 * district defined in the file or already registered; a staff line likewise for its units. A staff line gives the
 * member's complete set of units. A contact line gives a unit's complete public contact details (empty fields are
 * none), for a unit defined in the file or already registered.
 */
public final class OrganisationFile {

    /** At most this many lines in one file. */
    public static final int MAX_LINES = 50_000;

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    public record DistrictLine(String code, String name) {
    }

    public record UnitLine(UnitCode code, String districtCode, String name, boolean active) {
    }

    public record StaffLine(String username, String displayName, String title, Set<UnitCode> units) {
    }

    public record ContactLine(UnitCode unit, UnitContact contact) {
    }

    private final List<DistrictLine> districts;
    private final List<UnitLine> units;
    private final List<StaffLine> staff;
    private final List<ContactLine> contacts;

    private OrganisationFile(List<DistrictLine> districts, List<UnitLine> units, List<StaffLine> staff,
                             List<ContactLine> contacts) {
        this.districts = List.copyOf(districts);
        this.units = List.copyOf(units);
        this.staff = List.copyOf(staff);
        this.contacts = List.copyOf(contacts);
    }

    /**
     * Parses and checks the whole file.
     *
     * @param knownDistricts district codes already registered
     * @param knownUnits     unit codes already registered
     * @throws RuleViolation {@code organisation.error.line} with the line number, the reason's text key
     *                       and the offending value (or the field's label key), for the first wrong line
     */
    public static OrganisationFile parse(List<String> lines, Set<String> knownDistricts, Set<UnitCode> knownUnits) {
        if (lines.size() > MAX_LINES) {
            throw new RuleViolation("organisation.error.too-many-lines", MAX_LINES);
        }
        var districts = new ArrayList<DistrictLine>();
        var units = new ArrayList<UnitLine>();
        var staff = new ArrayList<StaffLine>();
        var contacts = new ArrayList<ContactLine>();
        var contactLines = new ArrayList<Integer>();
        var districtCodes = new HashSet<>(knownDistricts);
        var unitCodes = new HashSet<>(knownUnits);
        var seen = new HashSet<String>();
        for (var i = 0; i < lines.size(); i++) {
            var number = i + 1;
            var line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            var fields = line.split(";", -1);
            for (var f = 0; f < fields.length; f++) {
                fields[f] = fields[f].strip();
            }
            var kind = fields[0].toLowerCase(Locale.ROOT);
            switch (kind) {
                case "district" -> {
                    fieldCount(number, fields, 3, 3);
                    var code = code(number, fields[1]);
                    unique(number, seen, "district:" + code, code);
                    districts.add(new DistrictLine(code, name(number, fields[2], "organisation.district.name")));
                    districtCodes.add(code);
                }
                case "unit" -> {
                    fieldCount(number, fields, 4, 5);
                    var code = code(number, fields[1]);
                    unique(number, seen, "unit:" + code, code);
                    var district = code(number, fields[2]);
                    if (!districtCodes.contains(district)) {
                        throw lineError(number, "organisation.error.reason.unknown-district", district);
                    }
                    var active = fields.length < 5 || fields[4].isEmpty() || fields[4].equalsIgnoreCase("active");
                    if (fields.length == 5 && !fields[4].isEmpty() && !fields[4].equalsIgnoreCase("active")
                            && !fields[4].equalsIgnoreCase("inactive")) {
                        throw lineError(number, "organisation.error.reason.active-flag", fields[4]);
                    }
                    units.add(new UnitLine(new UnitCode(code), district,
                            name(number, fields[3], "organisation.unit.name"), active));
                    unitCodes.add(new UnitCode(code));
                }
                case "staff" -> {
                    fieldCount(number, fields, 5, 5);
                    var username = username(number, fields[1]);
                    unique(number, seen, "staff:" + username, username);
                    var displayName = name(number, fields[2], "organisation.staff.display-name");
                    var title = fields[3].isEmpty() ? null
                            : name(number, fields[3], "organisation.staff.title");
                    var memberOf = new LinkedHashSet<UnitCode>();
                    if (!fields[4].isEmpty()) {
                        for (var unit : fields[4].split(",")) {
                            memberOf.add(new UnitCode(code(number, unit.strip())));
                        }
                    }
                    staff.add(new StaffLine(username, displayName, title, memberOf));
                }
                case "contact" -> {
                    fieldCount(number, fields, 6, 6);
                    var unit = new UnitCode(code(number, fields[1]));
                    unique(number, seen, "contact:" + unit.value(), unit.value());
                    try {
                        contacts.add(new ContactLine(unit, UnitContact.checked(fields[2], fields[3], fields[4],
                                fields[5])));
                    } catch (RuleViolation e) {
                        var wrong = switch (e.field().orElse("")) {
                            case "organisation.unit.phone" -> fields[2];
                            case "organisation.unit.phone-hours" -> fields[3];
                            case "organisation.unit.email" -> fields[4];
                            default -> fields[5];
                        };
                        throw lineError(number, "organisation.error.reason.contact-invalid", wrong);
                    }
                    contactLines.add(number);
                }
                default -> throw lineError(number, "organisation.error.reason.unknown-kind", fields[0]);
            }
        }
        // Units may be defined after the staff lines that name them, so check staff units once all lines are read.
        for (var member : staff) {
            for (var unit : member.units()) {
                if (!unitCodes.contains(unit)) {
                    throw lineError(lineOf(lines, "staff", member.username()),
                            "organisation.error.reason.unknown-unit", unit.value());
                }
            }
        }
        for (var i = 0; i < contacts.size(); i++) {
            if (!unitCodes.contains(contacts.get(i).unit())) {
                throw lineError(contactLines.get(i), "organisation.error.reason.unknown-unit",
                        contacts.get(i).unit().value());
            }
        }
        if (districts.isEmpty() && units.isEmpty() && staff.isEmpty() && contacts.isEmpty()) {
            throw new RuleViolation("organisation.error.empty-file");
        }
        return new OrganisationFile(districts, units, staff, contacts);
    }

    /** A district or unit code: lower-case letters, digits and hyphens. */
    public static String code(String value) {
        if (value == null || !CODE.matcher(value.strip()).matches()) {
            throw new RuleViolation("organisation.error.code-invalid", FreeText.shownBack(value));
        }
        return value.strip();
    }

    /** An account name: lower-case letters, digits, dots, hyphens, at signs. */
    public static String username(String value) {
        var text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(text).matches()) {
            throw new RuleViolation("organisation.error.username-invalid", FreeText.shownBack(value));
        }
        return text;
    }

    /** A name on one line, no markup, at most {@link FreeText#SHORT} characters, no semicolons (the separator). */
    public static String name(String field, String value) {
        var text = FREE_TEXT.requiredLine(field, value, FreeText.SHORT);
        if (text.contains(";")) {
            throw new RuleViolation("organisation.error.semicolon", field);
        }
        return text;
    }

    private static String code(int line, String value) {
        if (!CODE.matcher(value).matches()) {
            throw lineError(line, "organisation.error.reason.code-invalid", value);
        }
        return value;
    }

    private static String username(int line, String value) {
        var text = value.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(text).matches()) {
            throw lineError(line, "organisation.error.reason.username-invalid", value);
        }
        return text;
    }

    private static String name(int line, String value, String field) {
        try {
            return FREE_TEXT.requiredLine(field, value, FreeText.SHORT);
        } catch (RuleViolation e) {
            throw lineError(line, "organisation.error.reason.text-invalid", field);
        }
    }

    private static void fieldCount(int line, String[] fields, int min, int max) {
        if (fields.length < min || fields.length > max) {
            throw lineError(line, "organisation.error.reason.field-count", String.valueOf(fields.length));
        }
    }

    private static void unique(int line, Set<String> seen, String key, String value) {
        if (!seen.add(key)) {
            throw lineError(line, "organisation.error.reason.duplicate", value);
        }
    }

    private static int lineOf(List<String> lines, String kind, String username) {
        for (var i = 0; i < lines.size(); i++) {
            var fields = lines.get(i).split(";", -1);
            if (fields.length > 1 && fields[0].strip().equalsIgnoreCase(kind)
                    && fields[1].strip().equalsIgnoreCase(username)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** @param reasonKey the text key of what is wrong with the line, a whole literal (ADR 0019) */
    private static RuleViolation lineError(int line, String reasonKey, String value) {
        return new RuleViolation("organisation.error.line", line, reasonKey, FreeText.shownBack(value));
    }

    public List<DistrictLine> districts() {
        return districts;
    }

    public List<UnitLine> units() {
        return units;
    }

    public List<StaffLine> staff() {
        return staff;
    }

    public List<ContactLine> contacts() {
        return contacts;
    }
}
