package org.palermo.facts;

/** What a reviewer decides about a fact. REOPEN puts a decided fact back among the suggestions (undo). */
public enum Decision {
    ACCEPT, CORRECT, REJECT, REOPEN
}
