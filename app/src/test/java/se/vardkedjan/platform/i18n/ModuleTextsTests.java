package se.vardkedjan.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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

    private final ModuleTexts texts = new ModuleTexts();

    @Test
    void findsTheBundleOfEveryModule() {
        // A module may split its texts into several bundles, i18n/<module>-<part>.properties.
        assertThat(texts.baseNames()).contains("i18n.platform", "i18n.casehandling",
                "i18n.providercontracts", "i18n.followup", "i18n.citizenportal");
        assertThat(texts.baseNames().stream().map(ModuleTextsTests::moduleOf).distinct()).containsExactlyInAnyOrder(
                "platform", "casehandling", "providercontracts", "followup", "citizenportal");
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

    /** The module a bundle belongs to: {@code i18n.casehandling-sip} belongs to {@code casehandling}. */
    private static String moduleOf(String baseName) {
        return baseName.substring("i18n.".length()).split("-", 2)[0];
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
