package se.vardkedjan.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the UI asks for exists in Swedish and in English, and each module keeps to its own keys. Keys are whole
 * literals in the sources (ADR 0019): a source scan finds them all, and a second scan fails on any key built at run
 * time ({@code prefix + "…"}, {@code "….status." + status.name()}, a {@code format}); a key that depends on a value
 * comes from an exhaustive {@code switch} over the value's enum (Java then makes a new constant name its key) or from a
 * table of literals such as a module's {@code AccessLogParts}.
 */
class ModuleTextsTests {

    /** The modules that ship texts: a key starts with one of these and a dot. */
    private static final String MODULES = "(?:platform|accesslog|organisation|casehandling|providercontracts|followup|citizenportal|uikit)";

    /** A whole key: the module and at least two more parts ({@code casehandling.cases} is a table, not a key). */
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"(" + MODULES + "\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");

    /** A key's beginning, to be completed at run time. */
    private static final Pattern KEY_FRAGMENT = Pattern.compile("\"" + MODULES + "\\.[A-Za-z0-9_.-]*[.-]\"");

    /** A key literal joined to something else. */
    private static final Pattern KEY_JOINED = Pattern.compile(
            "\"" + MODULES + "\\.[A-Za-z0-9_.-]*\"\\s*\\+|\\+\\s*\"" + MODULES + "\\.[A-Za-z0-9_.-]*\"");

    /** The calls whose first argument is a key. */
    private static final Pattern KEY_CALL =
            Pattern.compile("(?:\\bgetTranslation|\\bgetString|\\bnew RuleViolation)\\(");

    /** What building a key looks like in an argument (string literals blanked first). */
    private static final Pattern BUILT = Pattern.compile("\\+|\\bformat(?:ted)?\\(");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final ModuleTexts texts = new ModuleTexts();

    @Test
    void findsTheBundleOfEveryModule() {
        assertThat(texts.baseNames()).contains("i18n.platform", "i18n.accesslog", "i18n.organisation",
                "i18n.casehandling", "i18n.providercontracts", "i18n.followup", "i18n.citizenportal", "i18n.uikit");
        // A module may split its texts by part: i18n/<module>-<part>.properties, keys still <module>.<part>.…
        assertThat(texts.baseNames()).map(ModuleTextsTests::moduleOf).containsOnly("platform", "accesslog",
                "organisation", "casehandling", "providercontracts", "followup", "citizenportal", "uikit");
    }

    @Test
    void swedishAndEnglishHaveTheSameKeysAndEachModuleOnlyItsOwn() throws IOException {
        for (var baseName : texts.baseNames()) {
            var module = moduleOf(baseName);
            var swedish = load(baseName.replace('.', '/') + ".properties");
            var english = load(baseName.replace('.', '/') + "_en.properties");
            assertThat(english.stringPropertyNames()).as(baseName).isEqualTo(swedish.stringPropertyNames());
            assertThat(swedish.stringPropertyNames()).as(baseName).allMatch(key -> key.startsWith(module + "."));
        }
    }

    @Test
    void swedishIsTheDefaultAndEnglishTheSecondLocale() {
        assertThat(texts.getProvidedLocales()).containsExactly(Locale.of("sv"), Locale.ENGLISH);
        assertThat(texts.getTranslation("platform.shell.logout", Locale.of("sv"))).isEqualTo("Logga ut");
        assertThat(texts.getTranslation("platform.shell.logout", Locale.GERMAN)).isEqualTo("Logga ut");
        assertThat(texts.getTranslation("platform.shell.logout", Locale.ENGLISH)).isEqualTo("Log out");
        assertThat(texts.getTranslation("platform.start.welcome", Locale.ENGLISH, "Anna")).isEqualTo("Welcome, Anna");
    }

    @Test
    void numbersInAMessageAreWrittenAsTheReaderWritesThem() {
        assertThat(texts.getTranslation("casehandling.error.text-too-long", Locale.of("sv"), "Beskrivning", 4000, 4001))
                .matches("Beskrivning får vara högst 4[\\u00a0\\u202f ]000 tecken \\(nu 4[\\u00a0\\u202f ]001\\)\\.");
        assertThat(texts.getTranslation("casehandling.error.text-too-long", Locale.ENGLISH, "Description", 4000, 4001))
                .isEqualTo("Description may be at most 4,000 characters (now 4,001).");
    }

    @Test
    void aMissingKeyIsVisibleNotBlank() {
        assertThat(texts.getTranslation("platform.no-such-key", Locale.of("sv"))).isEqualTo("!platform.no-such-key!");
    }

    /**
     * Every text key in the main code of the app and of every module — any whole string literal that starts with the
     * name of a module that ships texts and has at least two more parts, wherever it stands (a {@code getTranslation}
     * call, a {@code RuleViolation} and its arguments, an enum's key table, an access-log parts table) — exists in
     * Swedish and in English. Keys are whole literals (ADR 0019), so this sees them all;
     * {@link #noKeyIsBuiltByConcatenation} keeps it so.
     */
    @Test
    void everyKeyTheSourcesUseExists() throws IOException {
        var used = new TreeSet<String>();
        for (var file : mainSources()) {
            var matcher = KEY_LITERAL.matcher(withoutComments(Files.readString(file)));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(500);
        assertThat(missingIn(used)).isEmpty();
    }

    /**
     * No key is built at run time, which the check above could not see: no literal is a key's beginning
     * ({@code "casehandling.staff.status."}, {@code "casehandling.x-"}), no key literal is joined to anything with
     * {@code +}, and the key a view asks for ({@code getTranslation}, a bundle's {@code getString}) or a refusal
     * names ({@code new RuleViolation}) is a literal, a variable or a method's answer (an enum's {@code textKey()},
     * a table) — never an expression with {@code +} or a {@code format}. A key that depends on a value comes from an
     * exhaustive {@code switch} over the value's type, returning whole literals.
     */
    @Test
    void noKeyIsBuiltByConcatenation() throws IOException {
        var built = new ArrayList<String>();
        for (var file : mainSources()) {
            var source = withoutComments(Files.readString(file));
            var name = file.getFileName().toString();
            for (var pattern : List.of(KEY_FRAGMENT, KEY_JOINED)) {
                var matcher = pattern.matcher(source);
                while (matcher.find()) {
                    built.add(name + ": " + matcher.group().strip());
                }
            }
            var call = KEY_CALL.matcher(source);
            while (call.find()) {
                var argument = firstArgument(source, call.end());
                if (BUILT.matcher(stringsBlanked(argument)).find()) {
                    built.add(name + ": " + call.group() + argument + "…");
                }
            }
        }
        assertThat(built).isEmpty();
    }

    /** The check above finds what it should: each way of building a key it forbids, in a made-up source. */
    @Test
    void theConcatenationCheckSeesEachWayOfBuildingAKey() {
        assertThat(KEY_FRAGMENT.matcher("getTranslation(\"casehandling.staff.status.\" + s.name())").find()).isTrue();
        assertThat(KEY_FRAGMENT.matcher("static final String K = \"casehandling.decision.\";").find()).isTrue();
        assertThat(KEY_JOINED.matcher("var key = \"platform.role\" + \".\" + role;").find()).isTrue();
        assertThat(KEY_JOINED.matcher("key(prefix + \"casehandling.x.y\")").find()).isTrue();
        var call = "new RuleViolation(FIELD + \"missing\", x)";
        var matcher = KEY_CALL.matcher(call);
        assertThat(matcher.find()).isTrue();
        assertThat(BUILT.matcher(stringsBlanked(firstArgument(call, matcher.end()))).find()).isTrue();
        var formatted = "getTranslation(String.format(\"casehandling.%s.title\", part))";
        var formatMatcher = KEY_CALL.matcher(formatted);
        assertThat(formatMatcher.find()).isTrue();
        assertThat(BUILT.matcher(stringsBlanked(firstArgument(formatted, formatMatcher.end()))).find()).isTrue();
        var allowed = "getTranslation(status.textKey(), a + b)";
        var allowedMatcher = KEY_CALL.matcher(allowed);
        assertThat(allowedMatcher.find()).isTrue();
        assertThat(BUILT.matcher(stringsBlanked(firstArgument(allowed, allowedMatcher.end()))).find()).isFalse();
        assertThat(KEY_LITERAL.matcher("\"casehandling.cases\"").find()).as("a table name is not a key").isFalse();
    }

    @Test
    void everyTextWithPlaceholdersShowsThemWhenFormatted() throws IOException {
        // A single straight apostrophe starts a quoted run in a MessageFormat pattern and swallows the placeholders
        // after it ("the client's objection ({0})" showed the braces); texts write ’ or '' instead.
        var broken = new java.util.ArrayList<String>();
        for (var baseName : texts.baseNames()) {
            for (var suffix : List.of(".properties", "_en.properties")) {
                var bundle = load(baseName.replace('.', '/') + suffix);
                for (var key : bundle.stringPropertyNames()) {
                    var pattern = bundle.getProperty(key);
                    if (!PLACEHOLDER.matcher(pattern).find()) {
                        continue;
                    }
                    var formatted = new java.text.MessageFormat(pattern, Locale.ROOT)
                            .format(new Object[] {"A", "B", "C", "D", "E", "F"});
                    if (PLACEHOLDER.matcher(formatted).find()) {
                        broken.add(baseName + suffix + ": " + key + " = " + pattern);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private Set<String> missingIn(Set<String> used) {
        var missing = new TreeSet<String>();
        for (var key : used) {
            for (var locale : texts.getProvidedLocales()) {
                if (texts.getTranslation(key, locale).startsWith("!")) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        return missing;
    }

    /** The Java sources of the app and of every module (main code only; the tests may build keys to check them). */
    private static List<Path> mainSources() throws IOException {
        var roots = new ArrayList<Path>();
        roots.add(Path.of("src/main/java"));
        try (Stream<Path> modules = Files.list(Path.of("../modules"))) {
            modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).forEach(roots::add);
        }
        var files = new ArrayList<Path>();
        for (var root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files;
    }

    /** The source with its comments blanked: a Javadoc may show a key's pattern, {@code casehandling.x.<kind>}. */
    private static String withoutComments(String source) {
        return COMMENT.matcher(source).replaceAll(match -> " ".repeat(match.group().length()));
    }

    /** The text of a call's first argument, from just after the opening parenthesis to its comma or closing one. */
    private static String firstArgument(String source, int from) {
        var depth = 0;
        var inString = false;
        for (var i = from; i < source.length(); i++) {
            var c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }

    /** The text with each string literal's content blanked, so that a {@code +} inside a literal does not count. */
    private static String stringsBlanked(String text) {
        return text.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }

    /** The module a bundle belongs to: {@code i18n.casehandling-plan} belongs to {@code casehandling}. */
    private static String moduleOf(String baseName) {
        var name = baseName.substring("i18n.".length());
        var part = name.indexOf('-');
        return part < 0 ? name : name.substring(0, part);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ModuleTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            var properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        }
    }
}
