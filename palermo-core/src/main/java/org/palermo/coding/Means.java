package org.palermo.coding;

/** The "means" element of the Protocol definition; names are the codes of CONTRACTS.md §3. */
public enum Means {
    THREAT_OR_USE_OF_FORCE, ABDUCTION, FRAUD, DECEPTION, ABUSE_OF_POWER_OR_VULNERABILITY, PAYMENTS_TO_PERSON_IN_CONTROL
}
