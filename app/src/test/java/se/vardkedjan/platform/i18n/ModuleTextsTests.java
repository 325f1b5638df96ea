package se.vardkedjan.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the UI asks for exists in Swedish and in English, and each module keeps to its own keys. */
class ModuleTextsTests {

    private static final Pattern KEY_IN_SOURCE =
            Pattern.compile("(?:getTranslation\\(|title = )\"([a-z]+\\.[a-z0-9.-]*[a-z0-9])\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final ModuleTexts texts = new ModuleTexts();

    @Test
    void findsTheBundleOfEveryModule() {
        assertThat(texts.baseNames()).contains("i18n.platform", "i18n.casehandling", "i18n.providercontracts",
                "i18n.followup", "i18n.citizenportal", "i18n.uikit");
        // A module may split its texts by part: i18n/<module>-<part>.properties, keys still <module>.<part>.…
        assertThat(texts.baseNames()).map(ModuleTextsTests::moduleOf).containsOnly("platform", "casehandling",
                "providercontracts", "followup", "citizenportal", "uikit");
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

    @Test
    void everyKeyTheSourcesUseExists() throws IOException {
        var used = new HashSet<String>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("../modules")))) {
            for (var file : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_SOURCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        Set<String> missing = new HashSet<>();
        for (var key : used) {
            for (var locale : texts.getProvidedLocales()) {
                if (texts.getTranslation(key, locale).startsWith("!")) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
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
