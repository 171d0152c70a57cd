package org.palermo.extraction;

/**
 * A country, an organisation, a national institution or a place inside a country named in a sentence, over
 * tokens {@code [first, last]}. {@code iso3} is the country (of a national institution or a place too);
 * {@code org} the organisation's name (then {@code iso3} is null). {@code subject} is true where the sentence
 * makes it the one reporting or acting ("Lithuania reported", "In Uzbekistan,", "the Ministry of the Interior
 * of Lithuania", "the Turkish authorities", "NAPTIP rescued", "Police in Rumphi") rather than a place victims are
 * taken to or from.
 */
record Entity(int first, int last, String iso3, String org, Kind kind, boolean subject) {

    /** How the entity is named. Only names and demonyms are countries for the role rules. */
    enum Kind { NAME, DEMONYM, ORGANISATION, INSTITUTION, PLACE }

    Entity(int first, int last, String iso3, String org, boolean demonym, boolean subject) {
        this(first, last, iso3, org, iso3 == null ? Kind.ORGANISATION : demonym ? Kind.DEMONYM : Kind.NAME, subject);
    }

    /** A country named by its name or demonym (not an institution's or a place's country). */
    boolean isCountry() {
        return iso3 != null && (kind == Kind.NAME || kind == Kind.DEMONYM);
    }

    boolean demonym() {
        return kind == Kind.DEMONYM;
    }
}
