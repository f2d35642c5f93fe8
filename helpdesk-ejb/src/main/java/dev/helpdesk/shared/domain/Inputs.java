package dev.helpdesk.shared.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Checks shared by every entity that takes text from people. */
public final class Inputs {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_EMAIL_LENGTH = 254;

    private Inputs() {
    }

    /** Trimmed text, required, at most {@code maxLength} characters long and made of text characters only. */
    public static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
        String trimmed = text(field, value).strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "validation.tooLong");
        }
        return trimmed;
    }

    /** A lower-cased, trimmed e-mail address: the login name of agents and customers. */
    public static String email(String field, String value) {
        String email = requiredText(field, value, MAX_EMAIL_LENGTH).toLowerCase(java.util.Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(field, "validation.email");
        }
        return email;
    }

    /**
     * {@code value} (null stays null) when it is made of text characters only: no NUL or other C0 control
     * character but tab, line feed and carriage return, and no half of a surrogate pair (what a lone surrogate
     * escape in JSON leaves behind). Such characters break what is built from the text later (mails, exports, the
     * database's encoding) and no person types them.
     */
    public static String text(String field, String value) {
        if (value != null && !isText(value)) {
            throw new InvalidInputException(field, "validation.text.characters");
        }
        return value;
    }

    /** Whether {@link #text} accepts {@code value}. */
    public static boolean isText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code value} with what {@link #text} refuses taken out, for text that arrives from machines rather than
     * people (mail): a control character becomes a space, half a surrogate pair the replacement character.
     */
    public static String cleanText(String value) {
        if (value == null || isText(value)) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                clean.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                clean.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        return value;
    }

    /** An absolute http(s) address of at most {@code maxLength} characters, or null for nothing. */
    public static String webAddress(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        try {
            URI uri = new URI(address);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || address.length() > maxLength) {
                throw new InvalidInputException(field, "validation.url");
            }
            return address;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "validation.url");
        }
    }

    /**
     * At most {@code maxLength} characters of {@code text} (null stays null), cut between two code points: a
     * character outside the Basic Multilingual Plane (an emoji) is kept whole or left out, never halved into
     * an unreadable surrogate.
     */
    public static String shortened(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        int end = maxLength > 0 && Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }
}
