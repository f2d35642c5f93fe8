package dev.helpdesk.shared.infrastructure;

import dev.helpdesk.shared.domain.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The key the stored secrets are sealed with, kept outside the database: HELPDESK_SECRET_KEY (32 bytes in Base64;
 * the same on every node of a cluster), else {@code secret.key} in the data directory, made on the first start and
 * readable by the server's user only. Losing it loses the stored secrets (they are typed in again); the help desk
 * refuses to start with another key than the one they were sealed with.
 */
public final class ServerKey {

    private static final Logger LOG = Logger.getLogger(ServerKey.class.getName());
    private static final String FILE = "secret.key";

    private ServerKey() {
    }

    private static final class Holder {
        static final SecretBox BOX = new SecretBox(load(Settings.get("secret.key"),
                Settings.get("data.dir").map(Path::of)));
    }

    public static SecretBox box() {
        return Holder.BOX;
    }

    static byte[] load(Optional<String> configured, Optional<Path> dataDir) {
        if (configured.isPresent()) {
            return Base64.getDecoder().decode(configured.get().strip());
        }
        Path file = dataDir.orElseThrow(() -> new IllegalStateException(
                "Set HELPDESK_SECRET_KEY (32 random bytes in Base64) or HELPDESK_DATA_DIR")).resolve(FILE);
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
            LOG.warning(() -> "Restrict access to " + file + " to the server's user: it unlocks the stored secrets");
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        LOG.info(() -> "Made the server key " + file + "; back it up with the database (HELPDESK_SECRET_KEY "
                + "sets it instead, the same on every node)");
    }
}
