package se.vardkedjan.followup.instrument;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.vardkedjan.followup.instrument.domain.DefinitionError;
import se.vardkedjan.followup.instrument.domain.DefinitionReader;
import se.vardkedjan.followup.instrument.domain.InstrumentDefinition;
import se.vardkedjan.followup.instrument.domain.InstrumentRef;
import se.vardkedjan.followup.instrument.persistence.InstrumentRows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The instrument definitions (ADR 0029): the files shipped on the class path ({@code instruments/*.yaml}) and those in
 * the administrator's directory ({@code vardkedjan.follow-up.instruments-dir}, optional), read and validated once the
 * application's beans are made (after the database is migrated). A bad file, two files for one code and version, or a
 * file changed since its code and version were first loaded (its SHA-256 is kept then) stops the start with a
 * {@link DefinitionError} naming the file and the field. An instrument that needs a licence is enabled only while an
 * administrator's latest statement says the municipality holds it.
 */
@Component
public class InstrumentCatalogue implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(InstrumentCatalogue.class);

    /** A definition file's name (for errors) and its content. */
    public record DefinitionFile(String name, String content) {
    }

    private final InstrumentRows rows;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String directory;
    private volatile List<InstrumentDefinition> definitions = List.of();

    InstrumentCatalogue(InstrumentRows rows, Clock clock, PlatformTransactionManager transactionManager,
                        @Value("${vardkedjan.follow-up.instruments-dir:}") String directory) {
        this.rows = rows;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.directory = directory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** Reads the shipped and the administrator's files again (at start). */
    void reload() {
        load(files());
        LOG.info("Instrument definitions loaded: {}", definitions.stream().map(d -> d.ref().toString()).toList());
    }

    /** Every definition, by code and version. */
    public List<InstrumentDefinition> all() {
        return definitions;
    }

    public Optional<InstrumentDefinition> find(InstrumentRef ref) {
        return definitions.stream().filter(d -> d.ref().equals(ref)).findFirst();
    }

    /** The newest version of an instrument: what a new measurement is scored by. */
    public Optional<InstrumentDefinition> current(String code) {
        return definitions.stream().filter(d -> d.code().equals(code))
                .max(Comparator.comparingInt(InstrumentDefinition::version));
    }

    /**
     * The versions of the instrument that score on the same scale as {@code ref}'s (itself included), oldest first:
     * their measurements are one series (ADR 0029's slice-4 amendment). Empty for an unknown reference.
     */
    public List<InstrumentDefinition> sameScale(InstrumentRef ref) {
        var definition = find(ref).orElse(null);
        if (definition == null) {
            return List.of();
        }
        return definitions.stream().filter(d -> d.sameScaleAs(definition))
                .sorted(Comparator.comparingInt(InstrumentDefinition::version)).toList();
    }

    /** The newest version of every instrument. */
    public List<InstrumentDefinition> currentVersions() {
        return definitions.stream().map(InstrumentDefinition::code).distinct()
                .map(code -> current(code).orElseThrow()).toList();
    }

    /** Whether new measurements may be taken with it: no licence needed, or one stated and not withdrawn. */
    public boolean enabled(String code) {
        var definition = current(code);
        if (definition.isEmpty()) {
            return false;
        }
        return !definition.get().licenceRequired()
                || rows.latestLicenceStatement(code).map(InstrumentRows.LicenceStatement::stated).orElse(false);
    }

    /**
     * Reads and validates the files, refuses duplicates and changed files, keeps the checksum of each code and version
     * seen for the first time, and makes them the catalogue's definitions.
     *
     * @throws DefinitionError naming the file and the field of the first problem
     */
    public List<InstrumentDefinition> load(List<DefinitionFile> files) {
        var read = new LinkedHashMap<InstrumentRef, DefinitionFile>();
        var loaded = new ArrayList<InstrumentDefinition>();
        for (var file : files) {
            var definition = DefinitionReader.read(file.name(), file.content());
            var earlier = read.putIfAbsent(definition.ref(), file);
            if (earlier != null) {
                throw new DefinitionError(file.name(), "version", "code " + definition.code() + " version "
                        + definition.version() + " is defined in " + earlier.name() + " too");
            }
            loaded.add(definition);
        }
        transactions.executeWithoutResult(status -> read.forEach((ref, file) -> {
            var sha256 = sha256(file.content());
            rows.keepChecksum(ref.code(), ref.version(), sha256, file.name(), clock.instant());
            var kept = rows.checksum(ref.code(), ref.version()).orElseThrow();
            if (!kept.equals(sha256)) {
                throw new DefinitionError(file.name(), "version", "code " + ref.code() + " version "
                        + ref.version() + " was loaded before with other content; a used definition is never "
                        + "changed: give the change a new version");
            }
        }));
        loaded.sort(Comparator.comparing(InstrumentDefinition::code).thenComparingInt(InstrumentDefinition::version));
        definitions = List.copyOf(loaded);
        return definitions;
    }

    private List<DefinitionFile> files() {
        var files = new ArrayList<DefinitionFile>();
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.yaml");
            for (var resource : resources) {
                try (var in = resource.getInputStream()) {
                    files.add(new DefinitionFile("classpath:instruments/" + resource.getFilename(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            if (directory != null && !directory.isBlank()) {
                var dir = Path.of(directory);
                if (!Files.isDirectory(dir)) {
                    throw new DefinitionError(directory, "vardkedjan.follow-up.instruments-dir",
                            "not a directory");
                }
                try (var paths = Files.list(dir)) {
                    for (var path : paths.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
                            .toList()) {
                        files.add(new DefinitionFile(path.toString(), Files.readString(path)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(DefinitionFile::name));
        return files;
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
