package org.palermo.system;

/** Something asked for by id that does not exist; answered with 404 problem+json. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
