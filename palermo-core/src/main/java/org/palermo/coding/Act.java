package org.palermo.coding;

/** The "act" element of the Protocol definition (Art. 3(a)); names are the codes of CONTRACTS.md §3. */
public enum Act {
    RECRUITMENT, TRANSPORTATION, TRANSFER, HARBOURING, RECEIPT
}
