package se.vardkedjan.uikit;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which strings are text keys: those that start with the name of a module that ships a bundle
 * ({@code i18n/<module>.properties} or {@code i18n/<module>-<part>.properties}) and a dot. A refusal's arguments may
 * be keys of any module (a field label, a status) or values the user typed; only keys are translated.
 */
final class TextKeys {

    private static final Set<String> MODULES = modulesWithBundles();

    private TextKeys() {
    }

    static boolean isKey(String text) {
        var dot = text.indexOf('.');
        return dot > 0 && dot < text.length() - 1 && MODULES.contains(text.substring(0, dot))
                && text.chars().noneMatch(Character::isWhitespace);
    }

    private static Set<String> modulesWithBundles() {
        try {
            var names = new TreeSet<String>();
            for (var resource : new PathMatchingResourcePatternResolver(TextKeys.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties")) {
                var file = resource.getFilename();
                if (file != null) {
                    var name = file.substring(0, file.length() - ".properties".length());
                    names.add(name.split("[-_]", 2)[0]);
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the text bundles", e);
        }
    }
}
