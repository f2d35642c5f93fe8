package dev.helpdesk.web.common;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} header of a file the help desk sends (RFC 6266): {@code inline} to be shown in
 * the page or {@code attachment} to be saved, with the file's name twice: {@code filename="..."}, plain ASCII for
 * old clients (accents dropped, anything else that is not printable ASCII, quotes and backslashes as {@code _}),
 * and {@code filename*=UTF-8''...}, the exact name percent-encoded (RFC 8187), which browsers prefer.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String of(boolean inline, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''"
                + percentEncoded(name);
    }

    static String asciiFallback(String name) {
        String unaccented = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder(unaccented.length());
        unaccented.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                ? (char) c : '_'));
        return ascii.toString();
    }

    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
