package dev.helpdesk.directory.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How hard a password is to guess, in five levels (D5), estimated the same way wherever a password is set and in
 * the live meter beside the field. The estimate is the bits of a brute-force search over the character classes
 * used, counting only the characters that add something: a common password, or one of the person's own names
 * inside it, counts as one character; a run of one character repeated or of consecutive characters as two.
 */
public enum PasswordStrength {
    VERY_WEAK, WEAK, MEDIUM, STRONG, VERY_STRONG;

    private static final List<String> COMMON = List.of("password", "senha", "contraseña", "qwerty", "asdf",
            "zxcvbn", "admin", "administrador", "letmein", "welcome", "bemvindo", "iloveyou", "monkey", "dragon",
            "master", "login", "abc123", "123456", "654321", "111111", "000000", "futebol", "flamengo", "corinthians",
            "palmeiras", "brasil", "brazil", "mudar", "trocar", "teste", "test", "demo", "helpdesk", "suporte",
            "support", "empresa", "company", "changeme", "secret", "segredo", "football", "princess", "sunshine");
    private static final Pattern LOWER = Pattern.compile("[a-z]");
    private static final Pattern UPPER = Pattern.compile("[A-Z]");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern SYMBOL = Pattern.compile("[\\p{Punct} ]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{ASCII}]");

    /** The strength of {@code password} for a person known by {@code personalWords} (e-mail, name…). */
    public static PasswordStrength of(String password, String... personalWords) {
        if (password == null || password.isEmpty()) {
            return VERY_WEAK;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("[^\\p{L}]", "");
        if (COMMON.contains(lower) || COMMON.contains(core)) {
            return VERY_WEAK;
        }
        double bits = effectiveLength(password, lower, personalWords) * Math.log(alphabet(password)) / Math.log(2);
        if (bits < 28) {
            return VERY_WEAK;
        }
        if (bits < 36) {
            return WEAK;
        }
        if (bits < 60) {
            return MEDIUM;
        }
        return bits < 80 ? STRONG : VERY_STRONG;
    }

    public boolean isAtLeast(PasswordStrength minimum) {
        return ordinal() >= minimum.ordinal();
    }

    private static int alphabet(String password) {
        int size = 0;
        size += LOWER.matcher(password).find() ? 26 : 0;
        size += UPPER.matcher(password).find() ? 26 : 0;
        size += DIGIT.matcher(password).find() ? 10 : 0;
        size += SYMBOL.matcher(password).find() ? 33 : 0;
        size += OTHER.matcher(password).find() ? 100 : 0;
        return Math.max(size, 2);
    }

    private static double effectiveLength(String password, String lower, String... personalWords) {
        double length = password.length();
        for (String word : COMMON) {
            if (word.length() >= 4 && lower.contains(word)) {
                length -= word.length() - 1;
            }
        }
        for (String personal : personalWords) {
            if (personal == null) {
                continue;
            }
            for (String part : personal.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 3 && lower.contains(part)) {
                    length -= part.length() - 1;
                }
            }
        }
        int run = 1;
        for (int i = 1; i < password.length(); i++) {
            int step = password.charAt(i) - password.charAt(i - 1);
            boolean continues = step == 0 || step == 1 || step == -1;
            run = continues ? run + 1 : 1;
            if (continues && run > 2) {
                length -= 1;
            }
        }
        return Math.max(length, 0);
    }
}
