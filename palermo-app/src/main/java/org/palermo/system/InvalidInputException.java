package org.palermo.system;

/**
 * Bad input from a person or a file: the message names the file, line or field.
 * Answered with 400 problem+json at the HTTP edge and a one-line error on the command line.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
