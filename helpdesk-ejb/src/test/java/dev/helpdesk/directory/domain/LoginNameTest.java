package dev.helpdesk.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginNameTest {

    @Test
    void anEmailIsTrimmedAndLowerCased() {
        assertEquals("ana.lima@empresa.example", LoginName.normalized("  Ana.Lima@Empresa.Example "));
    }

    @Test
    void aWindowsDomainPrefixIsDropped() {
        assertEquals("jlima", LoginName.normalized("EMPRESA\\JLima"));
        assertEquals("jlima", LoginName.normalized("corp\\sub\\jlima"));
        assertEquals("jlima", LoginName.normalized("jlima"));
    }

    @Test
    void aBackslashInsideAnEmailIsLeftForTheRealmsToRefuse() {
        assertEquals("a\\b@empresa.example", LoginName.normalized("a\\b@empresa.example"));
    }

    @Test
    void directoryAccountNamesAreStoredNormalizedAndChecked() {
        assertEquals("jlima", Credentials.directory("EMPRESA\\JLima").directoryAccount());
        assertEquals("j.lima-2$", Credentials.account("j.lima-2$"));
        assertNull(Credentials.directory("  ").directoryAccount());
        for (String bad : new String[] {"j*", "a)(mail=*", "ana@empresa.example", "two words", "x".repeat(65)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Credentials.account(bad), bad);
            assertEquals("directoryAccount", e.field());
        }
    }

    @Test
    void onlyDirectoryUsersHaveAnAccountName() {
        Customer local = new Customer("Ana", "ana@empresa.example", Credentials.none(),
                Language.PT_BR, Instant.EPOCH);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> local.useDirectoryAccount("ana"));
        assertEquals("directoryAccount", e.field());
    }
}
