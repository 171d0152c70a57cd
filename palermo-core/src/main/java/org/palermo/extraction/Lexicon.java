package org.palermo.extraction;

import java.util.Set;

import org.palermo.reference.Gazetteer;

/**
 * The name lists a sentence is read with, and what the document as a whole says: the countries it names by
 * name ({@code named}) and its own country ({@code country}, from the hint or worked out; may be null). A
 * national institution or a place of another country is a sentence's subject only if the document names
 * that country too: "the Home Office" in a report on Spain is a translator's word for its interior ministry.
 */
record Lexicon(Gazetteer gazetteer, Organisations organisations, Places places, Set<String> named, String country,
        boolean strictPlaces) {

    static Lexicon bundled() {
        return new Lexicon(Gazetteer.bundled(), Organisations.bundled(), Places.bundled(), Set.of(), null, false);
    }

    Lexicon of(Set<String> namedCountries, String documentCountry) {
        return new Lexicon(gazetteer, organisations, places, Set.copyOf(namedCountries), documentCountry, false);
    }

    /** While the document's country is being worked out: a place name several countries share is left unread. */
    Lexicon strict() {
        return new Lexicon(gazetteer, organisations, places, named, country, true);
    }

    /** The country of a place: one of its candidates the document names or is about, else see {@link Places#resolve}. */
    String place(java.util.List<Places.Candidate> candidates) {
        Set<String> attested = country == null ? named : new java.util.HashSet<>(named);
        if (country != null) {
            attested.add(country);
        }
        return Places.resolve(candidates, attested, strictPlaces);
    }

    /** Whether a country reached through an institution or a place may be a sentence's subject. */
    boolean admits(String iso3) {
        return iso3 != null && (iso3.equals(country) || named.contains(iso3));
    }
}
