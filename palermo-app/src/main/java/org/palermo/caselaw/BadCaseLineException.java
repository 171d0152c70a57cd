package org.palermo.caselaw;

/** One line or row of an import file that cannot be imported; the message says why, the caller adds where. */
public class BadCaseLineException extends Exception {
    public BadCaseLineException(String message) {
        super(message);
    }
}
