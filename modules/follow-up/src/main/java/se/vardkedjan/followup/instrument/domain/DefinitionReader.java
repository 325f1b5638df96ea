package se.vardkedjan.followup.instrument.domain;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import se.vardkedjan.casehandling.Sex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one instrument definition file (YAML, ADR 0029) and validates it: every problem is a {@link DefinitionError}
 * naming the file and the field. Plain YAML through SnakeYAML's safe constructor (maps, lists, strings, numbers; no
 * object construction from the file).
 */
public final class DefinitionReader {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,39}");
    private static final Set<String> TOP = Set.of("code", "version", "name", "description", "direction",
            "licenceRequired", "respondents", "reliableChange", "items", "scoring", "cutOffs", "bands");

    private final String file;

    private DefinitionReader(String file) {
        this.file = file;
    }

    /** Reads the definition in {@code content}; {@code file} names it in errors. */
    public static InstrumentDefinition read(String file, String content) {
        return new DefinitionReader(file).read(content);
    }

    private InstrumentDefinition read(String content) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(content);
        } catch (YAMLException e) {
            throw error("(file)", "not readable as YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(parsed instanceof Map<?, ?> root)) {
            throw error("(file)", "must be a mapping with code, version, items, ...");
        }
        for (var key : root.keySet()) {
            if (!TOP.contains(String.valueOf(key))) {
                throw error(String.valueOf(key), "unknown field");
            }
        }
        var code = code(root, "code", "code");
        int version = integer(root, "version", "version");
        if (version < 1) {
            throw error("version", "must be 1 or more");
        }
        var name = texts(root.get("name"), "name");
        var description = root.get("description") == null ? null : texts(root.get("description"), "description");
        var direction = enumValue(Direction.class, root.get("direction"), "direction");
        boolean licence = bool(root.get("licenceRequired"), "licenceRequired");
        var respondents = new ArrayList<Respondent>();
        var respondentList = list(root.get("respondents"), "respondents");
        if (respondentList.isEmpty()) {
            throw error("respondents", "name at least one of STAFF_INTERVIEW, CLIENT_SELF");
        }
        for (int i = 0; i < respondentList.size(); i++) {
            respondents.add(enumValue(Respondent.class, respondentList.get(i), "respondents[" + i + "]"));
        }
        Integer reliable = root.get("reliableChange") == null ? null
                : integer(root, "reliableChange", "reliableChange");
        if (reliable != null && reliable < 1) {
            throw error("reliableChange", "must be 1 or more");
        }
        var items = items(root.get("items"));
        var itemCodes = items.stream().map(Item::code).toList();

        var scoring = root.get("scoring") == null ? Map.of() : map(root.get("scoring"), "scoring");
        for (var key : scoring.keySet()) {
            if (!Set.of("total", "subScores").contains(String.valueOf(key))) {
                throw error("scoring." + key, "unknown field");
            }
        }
        List<String> total;
        if (scoring.get("total") == null) {
            total = items.stream().filter(Item::required).map(Item::code).toList();
        } else {
            total = itemRefs(scoring.get("total"), "scoring.total", itemCodes);
            if (total.isEmpty()) {
                throw error("scoring.total", "name at least one item");
            }
            for (int i = 0; i < total.size(); i++) {
                var item = items.get(itemCodes.indexOf(total.get(i)));
                if (!item.required()) {
                    throw error("scoring.total[" + i + "]", "item " + item.code()
                            + " is optional and cannot count toward the total");
                }
            }
        }
        var subScores = new ArrayList<SubScore>();
        var subList = scoring.get("subScores") == null ? List.of() : list(scoring.get("subScores"),
                "scoring.subScores");
        var subCodes = new HashSet<String>();
        for (int i = 0; i < subList.size(); i++) {
            var field = "scoring.subScores[" + i + "]";
            var sub = map(subList.get(i), field);
            var subCode = code(sub, "code", field + ".code");
            if (!subCodes.add(subCode)) {
                throw error(field + ".code", "duplicate sub-score " + subCode);
            }
            var subItems = itemRefs(sub.get("items"), field + ".items", itemCodes);
            if (subItems.isEmpty()) {
                throw error(field + ".items", "name at least one item");
            }
            subScores.add(new SubScore(subCode, texts(sub.get("text"), field + ".text"), subItems,
                    bands(sub.get("bands"), field + ".bands")));
        }
        var cutOffs = cutOffs(root.get("cutOffs"));
        var bands = bands(root.get("bands"), "bands");
        var definition = new InstrumentDefinition(code, version, name, description, items, total, subScores, cutOffs,
                bands, reliable, direction, licence, respondents);
        for (int i = 0; i < bands.size(); i++) {
            var band = bands.get(i);
            if (band.from() < definition.lowestTotal() || band.to() > definition.highestTotal()) {
                throw error("bands[" + i + "]", "band " + band.code() + " reaches outside the possible totals "
                        + definition.lowestTotal() + "–" + definition.highestTotal());
            }
        }
        return definition;
    }

    private List<Item> items(Object value) {
        var list = list(value, "items");
        if (list.isEmpty()) {
            throw error("items", "an instrument needs at least one item");
        }
        var items = new ArrayList<Item>();
        var codes = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var field = "items[" + i + "]";
            var item = map(list.get(i), field);
            for (var key : item.keySet()) {
                if (!Set.of("code", "text", "clientText", "options", "range", "required")
                        .contains(String.valueOf(key))) {
                    throw error(field + "." + key, "unknown field");
                }
            }
            var code = code(item, "code", field + ".code");
            if (!codes.add(code)) {
                throw error(field + ".code", "duplicate item " + code);
            }
            var text = texts(item.get("text"), field + ".text");
            var clientText = item.get("clientText") == null ? null
                    : texts(item.get("clientText"), field + ".clientText");
            boolean required = item.get("required") == null || bool(item.get("required"), field + ".required");
            if (item.get("options") != null && item.get("range") != null) {
                throw error(field, "give either options or range, not both");
            }
            if (item.get("range") != null) {
                var range = map(item.get("range"), field + ".range");
                int min = integer(range, "min", field + ".range.min");
                int max = integer(range, "max", field + ".range.max");
                if (min > max) {
                    throw error(field + ".range", "min " + min + " is above max " + max);
                }
                items.add(new Item(code, text, List.of(), min, max, required, clientText));
                continue;
            }
            if (item.get("options") == null) {
                throw error(field + ".options", "missing: give the answer options with their scores, or a range");
            }
            var optionList = list(item.get("options"), field + ".options");
            if (optionList.size() < 2) {
                throw error(field + ".options", "give at least two answer options");
            }
            var options = new ArrayList<AnswerOption>();
            var optionCodes = new HashSet<String>();
            for (int j = 0; j < optionList.size(); j++) {
                var optionField = field + ".options[" + j + "]";
                var option = map(optionList.get(j), optionField);
                var optionCode = code(option, "code", optionField + ".code");
                if (!optionCodes.add(optionCode)) {
                    throw error(optionField + ".code", "duplicate option " + optionCode);
                }
                options.add(new AnswerOption(optionCode, integer(option, "score", optionField + ".score"),
                        texts(option.get("text"), optionField + ".text")));
            }
            items.add(new Item(code, text, options, null, null, required, clientText));
        }
        return items;
    }

    private List<CutOff> cutOffs(Object value) {
        if (value == null) {
            return List.of();
        }
        var list = list(value, "cutOffs");
        var cutOffs = new ArrayList<CutOff>();
        for (int i = 0; i < list.size(); i++) {
            var field = "cutOffs[" + i + "]";
            var c = map(list.get(i), field);
            for (var key : c.keySet()) {
                if (!Set.of("sex", "fromAge", "toAge", "flagWhen", "value", "text").contains(String.valueOf(key))) {
                    throw error(field + "." + key, "unknown field");
                }
            }
            var sex = c.get("sex") == null ? null : enumValue(Sex.class, c.get("sex"), field + ".sex");
            if (sex == Sex.UNKNOWN) {
                throw error(field + ".sex", "give FEMALE or MALE, or leave it out for anyone");
            }
            Integer from = c.get("fromAge") == null ? null : integer(c, "fromAge", field + ".fromAge");
            Integer to = c.get("toAge") == null ? null : integer(c, "toAge", field + ".toAge");
            if (from != null && to != null && from > to) {
                throw error(field + ".toAge", "toAge " + to + " is below fromAge " + from);
            }
            var comparison = enumValue(CutOff.Comparison.class, c.get("flagWhen"), field + ".flagWhen");
            var cutOff = new CutOff(sex, from, to, comparison, integer(c, "value", field + ".value"),
                    texts(c.get("text"), field + ".text"));
            for (var earlier : cutOffs) {
                if (earlier.sex() == sex && java.util.Objects.equals(earlier.fromAge(), from)
                        && java.util.Objects.equals(earlier.toAge(), to)) {
                    throw error(field, "applies to the same persons as an earlier cut-off, which always wins");
                }
            }
            cutOffs.add(cutOff);
        }
        return cutOffs;
    }

    private List<Band> bands(Object value, String field) {
        if (value == null) {
            return List.of();
        }
        var list = list(value, field);
        var bands = new ArrayList<Band>();
        var codes = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var bandField = field + "[" + i + "]";
            var b = map(list.get(i), bandField);
            var code = code(b, "code", bandField + ".code");
            if (!codes.add(code)) {
                throw error(bandField + ".code", "duplicate band " + code);
            }
            int from = integer(b, "from", bandField + ".from");
            int to = integer(b, "to", bandField + ".to");
            if (from > to) {
                throw error(bandField + ".to", "to " + to + " is below from " + from);
            }
            var band = new Band(code, from, to, texts(b.get("text"), bandField + ".text"));
            for (var other : bands) {
                if (band.from() <= other.to() && other.from() <= band.to()) {
                    throw error(bandField, "band " + code + " (" + from + "–" + to + ") overlaps band "
                            + other.code() + " (" + other.from() + "–" + other.to() + ")");
                }
            }
            bands.add(band);
        }
        bands.sort(Comparator.comparingInt(Band::from));
        return bands;
    }

    private List<String> itemRefs(Object value, String field, List<String> itemCodes) {
        var list = list(value, field);
        var refs = new ArrayList<String>();
        for (int i = 0; i < list.size(); i++) {
            var ref = String.valueOf(list.get(i));
            if (!itemCodes.contains(ref)) {
                throw error(field + "[" + i + "]", "no item " + ref);
            }
            if (refs.contains(ref)) {
                throw error(field + "[" + i + "]", "item " + ref + " named twice");
            }
            refs.add(ref);
        }
        return refs;
    }

    private Texts texts(Object value, String field) {
        if (value == null) {
            throw error(field, "missing: give the text in sv and en");
        }
        var m = map(value, field);
        return new Texts(text(m.get("sv"), field + ".sv", "the Swedish text"),
                text(m.get("en"), field + ".en", "the English text"));
    }

    /** A text as written; YAML reads an unquoted No, Yes, On or a number as something else, so those are refused. */
    private String text(Object value, String field, String what) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw error(field, "missing: " + what);
        }
        if (!(value instanceof String s)) {
            throw error(field, "'" + value + "' is read as " + value.getClass().getSimpleName()
                    + ", not text: put the text in quotes");
        }
        return s.strip();
    }

    private String code(Map<?, ?> m, String key, String field) {
        var value = m.get(key);
        if (value == null) {
            throw error(field, "missing");
        }
        if (!(value instanceof String code)) {
            throw error(field, "'" + value + "' is read as " + value.getClass().getSimpleName()
                    + ", not a code: put it in quotes or choose another code");
        }
        if (!CODE.matcher(code).matches()) {
            throw error(field, "'" + code + "' is not a code (capitals, digits, - and _, at most 40)");
        }
        return code;
    }

    private int integer(Map<?, ?> m, String key, String field) {
        var value = m.get(key);
        if (value == null) {
            throw error(field, "missing");
        }
        if (!(value instanceof Integer i)) {
            throw error(field, "'" + value + "' is not a whole number");
        }
        return i;
    }

    private boolean bool(Object value, String field) {
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw error(field, "'" + value + "' is not true or false");
        }
        return b;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, Object value, String field) {
        if (value == null) {
            throw error(field, "missing");
        }
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw error(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private Map<?, ?> map(Object value, String field) {
        if (!(value instanceof Map<?, ?> m)) {
            throw error(field, value == null ? "missing" : "must be a mapping");
        }
        return m;
    }

    private List<?> list(Object value, String field) {
        if (!(value instanceof List<?> l)) {
            throw error(field, value == null ? "missing" : "must be a list");
        }
        return l;
    }

    private DefinitionError error(String field, String problem) {
        return new DefinitionError(file, field, problem);
    }
}
