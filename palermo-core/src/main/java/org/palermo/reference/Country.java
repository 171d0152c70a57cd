package org.palermo.reference;

/**
 * A country or territory of ISO 3166-1 with its UN M49 region.
 * {@code iso3} is the key used everywhere in Palermo.
 */
public record Country(
        String iso3,
        String iso2,
        String numeric,
        String name,
        String region,
        String subregion,
        String intermediateRegion) {
}
