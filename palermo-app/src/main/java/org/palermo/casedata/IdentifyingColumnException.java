package org.palermo.casedata;

import org.palermo.system.InvalidInputException;

/** An import file with a column that would identify a person: refused whole, before anything is written. */
class IdentifyingColumnException extends InvalidInputException {

    private final String column;

    IdentifyingColumnException(String column) {
        super("file", "The file has a column '" + column + "' that would identify a person. Palermo stores no names, "
                + "dates of birth, addresses, phone numbers, e-mail addresses or document numbers: remove the column "
                + "and import the file again. Nothing was imported.");
        this.column = column;
    }

    String column() {
        return column;
    }
}
