package se.vardkedjan.platform.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The unpacked and built Keycloak distribution below the install root. Unpacking, building and placing the realm file
 * happen under a file lock on {@code installRoot/.lock}, so two JVMs never do them at the same time.
 */
final class KeycloakInstallation {

    private static final Logger log = LoggerFactory.getLogger(KeycloakInstallation.class);
    private static final Pattern TOP_DIRECTORY = Pattern.compile("(keycloak-[0-9A-Za-z.\\-]+)/.*");
    private static final String BUILD_MARKER = ".vardkedjan-build";
    private static final Object JVM_LOCK = new Object();

    private KeycloakInstallation() {
    }

    /**
     * Makes sure the distribution is unpacked, holds the provider jars, is built with
     * {@link KeycloakServer#BUILD_OPTIONS}, and has the realm file in {@code data/import}.
     *
     * @return the Keycloak home folder
     */
    static Path prepare(KeycloakServer.Settings settings, BiConsumer<Path, KeycloakServer.Settings> build) {
        try {
            Files.createDirectories(settings.installRoot());
            synchronized (JVM_LOCK) {
                try (var channel = FileChannel.open(settings.installRoot().resolve(".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     var ignored = channel.lock()) {
                    var home = unpack(settings.distributionZip(), settings.installRoot());
                    deployProviders(settings.providers(), home.resolve("providers"));
                    var marker = home.resolve(BUILD_MARKER);
                    var expected = buildFingerprint(home);
                    var actual = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8) : "";
                    if (!expected.equals(actual)) {
                        Files.deleteIfExists(marker);
                        build.accept(home, settings);
                        Files.writeString(marker, expected, StandardCharsets.UTF_8);
                    }
                    var realm = KeycloakServer.realmName(settings.realmFile());
                    KeycloakServer.copyAtomically(settings.realmFile(),
                            home.resolve("data/import").resolve(realm + "-realm.json"));
                    return home;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + settings.installRoot(), e);
        }
    }

    /**
     * Makes {@code providers/} hold exactly the given jars (other jars there are removed; other files are left alone).
     * A jar whose content is already there is not copied again, so an unchanged extension needs no new build.
     */
    private static void deployProviders(List<Path> jars, Path providersFolder) throws IOException {
        Files.createDirectories(providersFolder);
        var wanted = jars.stream().map(jar -> jar.getFileName().toString()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(providersFolder)) {
            for (var file : files.filter(file -> file.getFileName().toString().endsWith(".jar")).toList()) {
                if (!wanted.contains(file.getFileName().toString())) {
                    log.info("Removing provider {} from {}", file.getFileName(), providersFolder);
                    Files.delete(file);
                }
            }
        }
        for (var jar : jars) {
            var target = providersFolder.resolve(jar.getFileName().toString());
            if (!Files.exists(target) || !sha256(target).equals(sha256(jar))) {
                log.info("Deploying provider {} to {}", jar.getFileName(), providersFolder);
                KeycloakServer.copyAtomically(jar, target);
            }
        }
    }

    /** Build options plus the provider jars: a new extension in {@code providers/} also needs a new build. */
    private static String buildFingerprint(Path home) throws IOException {
        var providersFolder = home.resolve("providers");
        if (!Files.isDirectory(providersFolder)) {
            return String.join(" ", KeycloakServer.BUILD_OPTIONS) + "\n";
        }
        String providers;
        try (Stream<Path> files = Files.list(providersFolder)) {
            providers = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .map(file -> {
                        try {
                            return file.getFileName() + " " + sha256(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
        return String.join(" ", KeycloakServer.BUILD_OPTIONS) + "\n" + providers + "\n";
    }

    private static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[65536];
            for (var read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks the zip to {@code installRoot/keycloak-<version>} unless it is there already. */
    private static Path unpack(Path zip, Path installRoot) throws IOException {
        try (var zipFile = new ZipFile(zip.toFile())) {
            var topDirectory = zipFile.stream()
                    .map(entry -> TOP_DIRECTORY.matcher(entry.getName()))
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Not a Keycloak distribution: " + zip));
            var home = installRoot.resolve(topDirectory);
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            log.info("Unpacking {} to {}", zip.getFileName(), home);
            var staging = Files.createTempDirectory(installRoot, "." + topDirectory + ".unpacking-");
            try {
                for (var entries = zipFile.entries(); entries.hasMoreElements(); ) {
                    var entry = entries.nextElement();
                    var target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("Zip entry outside the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (var in = zipFile.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                makeScriptsExecutable(staging.resolve(topDirectory).resolve("bin"));
                try {
                    Files.move(staging.resolve(topDirectory), home, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    throw new IOException(home + " exists but holds no bin/kc.sh; delete it and start again", e);
                }
            } finally {
                deleteRecursively(staging);
            }
            return home;
        }
    }

    private static void makeScriptsExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.walk(bin)) {
            for (var script : files.filter(file -> file.getFileName().toString().endsWith(".sh")).toList()) {
                var permissions = Files.getPosixFilePermissions(script);
                permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
                Files.setPosixFilePermissions(script, permissions);
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
