package org.palermo.caselaw;

import java.util.List;
import java.util.Map;

/**
 * A decision as it arrives from a file. {@code humanCoding} is the coding the file carries (values
 * already checked and normalised), or null when it carries none; then the decision is coded by the
 * automatic coder on arrival and its values are kept as suggestions.
 *
 * @param key      the id it is known by in its source ({@code USA003}); re-importing the same key updates it
 * @param dateText the decision date exactly as written
 * @param summary  the fact summary (or the text of the decision when there is no summary)
 * @param fullText the full text, when there is one beside the summary
 */
public record NewDecision(String key, String jurisdiction, String court, String name, String caseNumber,
                          String dateText, String level, String outcome, String sentences, String sourceUrl,
                          String summary, String fullText, Map<CodingField, List<String>> humanCoding) {

    /** The text stored as the decision's document: summary, then full text. Coding offsets point into it. */
    public String text() {
        return fullText == null || fullText.isBlank() ? summary : summary + "\n\n" + fullText;
    }
}
