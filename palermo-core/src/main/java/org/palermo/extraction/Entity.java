package org.palermo.extraction;

/**
 * A country or an organisation named in a sentence, over tokens {@code [first, last]}. Exactly one
 * of {@code iso3} and {@code org} is set. {@code subject} is true where the sentence makes it the
 * one reporting or acting ("Lithuania reported", "In Uzbekistan,", "the Ministry of the Interior of
 * Lithuania", "the Turkish authorities") rather than a place victims are taken to or from.
 */
record Entity(int first, int last, String iso3, String org, boolean demonym, boolean subject) {

    boolean isCountry() {
        return iso3 != null;
    }
}
