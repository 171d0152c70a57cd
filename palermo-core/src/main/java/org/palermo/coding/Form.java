package org.palermo.coding;

/** Whether the trafficking crossed a border; names are the codes of CONTRACTS.md §3. */
public enum Form {
    INTERNAL, TRANSNATIONAL
}
