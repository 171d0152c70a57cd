package org.palermo.caselaw;

/** Decisions or their coding changed in this process; the search index catches up after the commit. */
record DecisionsChanged() {
}
