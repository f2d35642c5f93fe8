package dev.helpdesk.inbound.domain;

/** A message that cannot be read as mail (broken MIME, no usable sender); it goes to quarantine. */
public class MalformedMailException extends Exception {

    public MalformedMailException(String message) {
        super(message);
    }

    public MalformedMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
