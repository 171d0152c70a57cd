package org.palermo.extraction;

/** A country's role in trafficking flows (CONTRACTS.md §2). */
public enum Role { ORIGIN, DESTINATION, TRANSIT, INTERNAL }
