package org.palermo.extraction;

/** Groups of victims (CONTRACTS.md §2); CHILDREN when the sex is not stated. */
public enum VictimGroup { WOMEN, MEN, GIRLS, BOYS, CHILDREN, MIGRANTS, REFUGEES_IDPS }
