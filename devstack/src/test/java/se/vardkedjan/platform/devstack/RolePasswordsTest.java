package se.vardkedjan.platform.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class RolePasswordsTest {

    @TempDir
    Path folder;

    @Test
    void aPasswordIsGeneratedOnceKeptOwnerOnlyAndReusedOnTheNextStart() throws Exception {
        var file = folder.resolve("data/passwords.properties");
        var first = RolePasswords.keptIn(file);
        var app = first.of("vardkedjan_app");
        var owner = first.of("vardkedjan");

        assertThat(app).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(owner).isNotEqualTo("vardkedjan_app");
        assertThat(first.of("vardkedjan_app")).isEqualTo(app);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        var next = RolePasswords.keptIn(file);
        assertThat(next.of("vardkedjan_app")).isEqualTo(app);
        assertThat(next.of("vardkedjan")).isEqualTo(owner);
    }

    @Test
    void aKeptFileThatOthersCouldReadIsMadeOwnerOnly() throws Exception {
        var file = folder.resolve("passwords.properties");
        Files.writeString(file, "vardkedjan=kept\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(RolePasswords.keptIn(file).of("vardkedjan")).isEqualTo("kept");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void generatedPasswordsAreNotWrittenAnywhere() {
        var passwords = RolePasswords.generated();
        assertThat(passwords.of("a")).isNotEqualTo(passwords.of("b"));
        assertThat(passwords.file()).isNull();
    }
}
