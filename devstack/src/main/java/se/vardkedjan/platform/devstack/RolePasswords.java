package se.vardkedjan.platform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the dev stack's database roles, generated at random the first time a role is named. Kept in a
 * properties file that only the user may read (mode 0600) and reused on the next start, so that a data folder keeps
 * working and a developer can look a password up; or kept in memory only, for a database that lives as long as the JVM
 * (the tests). Never a password equal to the role's name.
 */
public final class RolePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Properties passwords = new Properties();

    private RolePasswords(Path file) {
        this.file = file;
    }

    /** Passwords kept in the given file (created when missing, its mode set to 0600). */
    public static RolePasswords keptIn(Path file) {
        var kept = new RolePasswords(file.toAbsolutePath());
        if (Files.exists(kept.file)) {
            try (var in = Files.newBufferedReader(kept.file)) {
                kept.passwords.load(in);
                ownerOnly(kept.file);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the database role passwords in " + kept.file, e);
            }
        }
        return kept;
    }

    /** Passwords generated for this JVM only. */
    public static RolePasswords generated() {
        return new RolePasswords(null);
    }

    /** The role's password: the one kept, or a new random one (then kept). */
    public synchronized String of(String role) {
        var password = passwords.getProperty(role);
        if (password == null) {
            var bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            passwords.setProperty(role, password);
            save();
        }
        return password;
    }

    /** Where the passwords are kept, or null when they are not kept. */
    public Path file() {
        return file;
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            var written = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            ownerOnly(written);
            try (var out = Files.newBufferedWriter(written)) {
                passwords.store(out, "Passwords of the dev stack's database roles (generated; DEV ONLY). "
                        + "Deleting this file makes the next start generate new ones.");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database role passwords in " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }
}
