package org.palermo.system;

/**
 * A request that no longer fits the state it was made against (a bulk step already undone, a preview
 * whose count has changed since); answered with 409 problem+json and nothing changed.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
