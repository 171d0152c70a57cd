package org.palermo.coding;

/** A JSONL line that cannot be coded; the message says why, in words for the user. */
public final class BadDecisionLineException extends Exception {

    public BadDecisionLineException(String reason) {
        super(reason);
    }
}
