package org.palermo.extraction;

/** Forms of exploitation (CONTRACTS.md §2); debt bondage is forced labour, forced criminality criminal activity. */
public enum Form {
    SEXUAL_EXPLOITATION, FORCED_LABOUR, DOMESTIC_SERVITUDE, BEGGING, FORCED_MARRIAGE, CHILD_SOLDIERS,
    CRIMINAL_ACTIVITY, ORGAN_REMOVAL, ILLEGAL_ADOPTION, SLAVERY_SERVITUDE_OTHER
}
