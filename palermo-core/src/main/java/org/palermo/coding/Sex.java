package org.palermo.coding;

/** The sex of a person a decision mentions, as the text gives it. */
enum Sex {
    FEMALE, MALE
}
