package org.palermo.extraction;

/**
 * What the caller knows about a document. {@code country} (ISO alpha-3 or null) is the country the
 * document is about; it resolves "the country", "foreign victims" and sentences with no subject.
 */
public record Hints(String country) {

    public static Hints none() {
        return new Hints(null);
    }
}
