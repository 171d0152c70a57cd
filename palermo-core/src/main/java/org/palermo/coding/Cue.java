package org.palermo.coding;

import java.util.regex.Pattern;

/** One line of the cue lexicon: seeing {@code pattern} in a decision suggests {@code code} for {@code field}. */
record Cue(String field, String code, String family, Pattern pattern) {
}
