package se.vardkedjan.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI's texts. Each module ships its own bundle as {@code i18n/<module>.properties} (Swedish, the default) and
 * {@code i18n/<module>_en.properties}; this provider finds them all on the classpath. Keys start with the module's
 * name, so bundles never collide. A missing key shows as {@code !key!} and is caught by a test.
 */
@Component
public class ModuleTexts implements I18NProvider {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final List<Locale> LOCALES = List.of(SWEDISH, Locale.ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(ModuleTexts.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;
    /**
     * Every key's text per effective locale (English, or {@link Locale#ROOT} for Swedish), merged once from the
     * bundles in {@link #baseNames} order: the first bundle that has a key wins, as a search of them one by one would
     * find it. A page asks for hundreds of texts; asking {@link ResourceBundle#getBundle} of every module's bundle for
     * each one was a tenth of the server's time in the load bench (docs/performance.md).
     */
    private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();

    public ModuleTexts() {
        this.baseNames = discoverBaseNames();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        var pattern = find(key, locale);
        if (pattern.isEmpty()) {
            log.warn("Missing text for key {}", key);
            return "!" + key + "!";
        }
        // Numbers as the reader writes them: "4 000 tecken" in Swedish, not "4,000" (four point nought).
        return params.length == 0 ? pattern.get()
                : new MessageFormat(pattern.get(), english ? Locale.ENGLISH : SWEDISH).format(params);
    }

    /** The text of the key in the locale (English, or else Swedish) as written in its bundle, if some bundle has it. */
    public Optional<String> find(String key, Locale locale) {
        var english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        var effective = english ? Locale.ENGLISH : Locale.ROOT;
        return Optional.ofNullable(texts.computeIfAbsent(effective, this::merged).get(key));
    }

    private Map<String, String> merged(Locale effective) {
        var merged = new HashMap<String, String>();
        for (var baseName : baseNames) {
            try {
                // The English bundle's parent is the module's Swedish one: a key not translated yet shows in Swedish.
                var bundle = ResourceBundle.getBundle(baseName, effective, getClass().getClassLoader(), NO_FALLBACK);
                for (var key : bundle.keySet()) {
                    merged.putIfAbsent(key, bundle.getString(key));
                }
            } catch (MissingResourceException e) {
                // This module has no bundle for the locale; try the next.
            }
        }
        return Map.copyOf(merged);
    }

    /** The bundles found on the classpath, e.g. {@code i18n.casehandling}. */
    public List<String> baseNames() {
        return baseNames;
    }

    private static List<String> discoverBaseNames() {
        try {
            var names = new TreeSet<String>();
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                var file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n." + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return new ArrayList<>(names);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the text bundles", e);
        }
    }
}
