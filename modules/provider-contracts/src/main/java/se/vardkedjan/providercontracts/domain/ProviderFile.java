package se.vardkedjan.providercontracts.domain;

import se.vardkedjan.providercontracts.ContractForm;
import se.vardkedjan.providercontracts.ContractInput;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderInput;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.ProviderUnitInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The provider file (docs/provider-file.md): providers, their units and contracts as lines of text, separated by
 * semicolons, for a new installation's start (the demo's providers). Blank lines and lines starting with {@code #} are
 * skipped:
 *
 * <pre>
 * provider;&lt;code&gt;;&lt;name&gt;;&lt;organisation number&gt;;&lt;OWN_RUN|PRIVATE&gt;;&lt;contact&gt;;&lt;phone&gt;;&lt;email&gt;
 * unit;&lt;provider code&gt;;&lt;name&gt;;&lt;street&gt;;&lt;postal code&gt;;&lt;city&gt;;&lt;phone&gt;
 * contract;&lt;provider code&gt;;&lt;reference&gt;;&lt;form&gt;;&lt;valid from&gt;;&lt;valid to&gt;;&lt;method,…&gt;;&lt;price unit&gt;;&lt;price in öre&gt;;&lt;places&gt;
 * </pre>
 *
 * Only the shape is read here; every value is checked by the same rules as the administrator's forms when the file is
 * loaded. A line of the wrong shape fails the whole file, with its line number.
 */
public final class ProviderFile {

    /** A line of the file, with its number (for the message when a rule refuses it). */
    public sealed interface Line permits ProviderLine, UnitLine, ContractLine {
        int number();
    }

    public record ProviderLine(int number, ProviderInput provider) implements Line {
    }

    public record UnitLine(int number, String providerCode, ProviderUnitInput unit) implements Line {
    }

    public record ContractLine(int number, String providerCode, ContractInput contract) implements Line {
    }

    private ProviderFile() {
    }

    /** The file's lines in order; an {@link IllegalArgumentException} names the first line of the wrong shape. */
    public static List<Line> parse(String text) {
        var lines = new ArrayList<Line>();
        var number = 0;
        for (var raw : text.replace("\uFEFF", "").split("\\R", -1)) {
            number++;
            var line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var fields = Arrays.stream(line.split(";", -1)).map(String::strip).toList();
            try {
                lines.add(switch (fields.getFirst()) {
                    case "provider" -> {
                        count(fields, 8);
                        yield new ProviderLine(number, new ProviderInput(fields.get(1), fields.get(2), fields.get(3),
                                ProviderKind.valueOf(fields.get(4)), blank(fields.get(5)), blank(fields.get(6)),
                                blank(fields.get(7))));
                    }
                    case "unit" -> {
                        count(fields, 7);
                        yield new UnitLine(number, fields.get(1), new ProviderUnitInput(fields.get(2),
                                blank(fields.get(3)), blank(fields.get(4)), blank(fields.get(5)), blank(fields.get(6))));
                    }
                    case "contract" -> {
                        count(fields, 10);
                        var methods = new LinkedHashSet<MethodCode>();
                        for (var method : fields.get(6).split(",")) {
                            methods.add(new MethodCode(method.strip()));
                        }
                        yield new ContractLine(number, fields.get(1), new ContractInput(fields.get(2),
                                ContractForm.valueOf(fields.get(3)), LocalDate.parse(fields.get(4)),
                                fields.get(5).isEmpty() ? null : LocalDate.parse(fields.get(5)), methods,
                                PriceUnit.valueOf(fields.get(7)), Long.parseLong(fields.get(8)),
                                fields.get(9).isEmpty() ? null : Integer.valueOf(fields.get(9))));
                    }
                    default -> throw new IllegalArgumentException("unknown kind " + fields.getFirst());
                });
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Line " + number + " of the provider file: " + e.getMessage(), e);
            }
        }
        return lines;
    }

    private static void count(List<String> fields, int expected) {
        if (fields.size() != expected) {
            throw new IllegalArgumentException(expected + " fields expected, " + fields.size() + " found");
        }
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
