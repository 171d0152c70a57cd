package org.palermo.caselaw;

/** How many decisions of one jurisdiction Palermo holds (for country profiles). */
public record CountryCaseCount(String country, long decisions) {
}
