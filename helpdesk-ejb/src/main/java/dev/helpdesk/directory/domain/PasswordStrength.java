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
            "support", "empresa", "company", "changeme", "secret", "segredo", "football", "princess", "sunshine",
            "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm", "qazwsx", "qwer", "qwe", "asd", "iloveu", "teamo", "amor",
            "baseball", "superman", "batman", "starwars", "shadow", "whatever", "trustno", "access", "mustang",
            "michael", "jesus", "deus", "charlie", "hello", "ola", "hola", "abcdef", "abcd", "abc", "usuario",
            "user", "root", "guest", "convidado", "temp", "temporario", "acesso", "entrar", "passwd");
    private static final Pattern LOWER = Pattern.compile("[a-z]");
    private static final Pattern UPPER = Pattern.compile("[A-Z]");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern SYMBOL = Pattern.compile("[\\p{Punct} ]");
    private static final Pattern OTHER = Pattern.compile("[^\\p{ASCII}]");

    /** The strength of {@code password} for a person known by {@code personalWords} (e-mail, name…). */
    public static PasswordStrength of(String password, String... personalWords) {
        if (password == null || password.isEmpty() || isCommon(password)) {
            return VERY_WEAK;
        }
        String lower = password.toLowerCase(Locale.ROOT);
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

    /**
     * Whether {@code password} is one of those tried first by anyone guessing, refused whatever the account's
     * minimum: a common word with digits or symbols around it ("Password1!", "senha@123"), its look-alike spelling
     * ("p@ssw0rd"), or little more than a run of one key or of consecutive keys ("12345678", "aaaaaaaa").
     */
    public static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String plain = unleet(lower);
        String letters = lower.replaceAll("[^\\p{L}]", "");
        String lookAlike = plain.replaceAll("[^\\p{L}]", "");
        return COMMON.contains(lower) || COMMON.contains(letters) || COMMON.contains(lookAlike)
                || effectiveLength(password, lower) < 4;
    }

    public boolean isAtLeast(PasswordStrength minimum) {
        return ordinal() >= minimum.ordinal();
    }

    /** The word behind the usual look-alike digits and symbols. */
    private static String unleet(String lower) {
        StringBuilder plain = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
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
