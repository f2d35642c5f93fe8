package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * An administrator's setting as a test found it, read through the API before the test changes it and put back the
 * same way afterwards, so that a test leaves the account as it was whatever the tests before it did.
 */
final class SavedSetting {

    private final ApiClient admin;
    private final String path;
    private final JsonObject value;

    private SavedSetting(ApiClient admin, String path, JsonObject value) {
        this.admin = admin;
        this.path = path;
        this.value = value;
    }

    /** Reads the setting at {@code path}; {@code derivedFields} come back in its answer but are not set with it. */
    static SavedSetting read(ApiClient admin, String path, String... derivedFields) {
        ApiClient.Response found = admin.get(path);
        assertEquals(200, found.status(), found::toString);
        JsonObjectBuilder value = Json.createObjectBuilder(found.json());
        for (String field : derivedFields) {
            value.remove(field);
        }
        return new SavedSetting(admin, path, value.build());
    }

    JsonObject value() {
        return value;
    }

    void restore() {
        ApiClient.Response restored = admin.put(path, value);
        assertEquals(200, restored.status(), () -> "putting back " + path + ": " + restored);
    }
}
