package org.palermo.coding;

/** The purpose of exploitation; names are the codes of CONTRACTS.md §3. */
public enum Purpose {
    SEXUAL_EXPLOITATION, FORCED_LABOUR, SLAVERY, SERVITUDE, OTHER
}
