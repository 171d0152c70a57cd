package org.palermo.profiles;

import java.util.Optional;

/**
 * A section another module adds to every country profile (national statistics, court decisions…).
 * Implemented downstream-neutrally: the profile module never imports the contributing module.
 */
public interface ProfileSection {

    /** The key of the section in the profile's {@code sections} (e.g. "statistics", "cases"). */
    String key();

    /** The section's content for one country (serialised as JSON), or empty when there is nothing. */
    Optional<Object> forCountry(String iso3);
}
