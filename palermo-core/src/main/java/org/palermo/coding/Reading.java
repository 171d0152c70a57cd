package org.palermo.coding;

/** A value read from a decision and the quote it was read from; {@code value} null means "not stated". */
record Reading<T>(T value, Evidence evidence) {

    static <T> Reading<T> none() {
        return new Reading<>(null, null);
    }

    static <T> Reading<T> of(T value, Evidence evidence) {
        return new Reading<>(value, evidence);
    }

    boolean present() {
        return value != null;
    }
}
