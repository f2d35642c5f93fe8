package dev.helpdesk.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartMakesAKeyOnlyTheServerCanReadAndLaterStartsUseIt() throws IOException {
        byte[] made = ServerKey.load(Optional.empty(), Optional.of(dataDir));
        assertEquals(32, made.length);
        Path file = dataDir.resolve("secret.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(made, ServerKey.load(Optional.empty(), Optional.of(dataDir)));
    }

    @Test
    void aConfiguredKeyWinsOverTheFile() {
        byte[] configured = new byte[32];
        configured[0] = 7;
        assertArrayEquals(configured, ServerKey.load(Optional.of(Base64.getEncoder().encodeToString(configured)),
                Optional.of(dataDir)));
        assertEquals(false, Files.exists(dataDir.resolve("secret.key")));
    }

    @Test
    void withoutKeyNorDataDirectoryTheServerSaysWhatToSet() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServerKey.load(Optional.empty(), Optional.empty()));
        assertEquals(true, e.getMessage().contains("HELPDESK_SECRET_KEY"));
    }
}
