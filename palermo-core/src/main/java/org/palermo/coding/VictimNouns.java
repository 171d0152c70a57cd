package org.palermo.coding;

import java.util.regex.Pattern;

/**
 * The nouns case summaries use for the trafficked persons, and a test for "someone else's
 * children" ("the defendants' five children", "their three children"), which are not victims.
 */
final class VictimNouns {

    static final String PLURAL = "(?:victims|victim-witnesses|girls|women|minors|children|boys|workers|laborers|labourers"
            + "|plaintiffs|females|wives|janitors|servants|teenagers|juveniles|migrants)";
    static final String SINGULAR = "(?:victim|girl|woman|minor|child|boy|worker|laborer|labourer|plaintiff|female|wife"
            + "|niece|daughter|runaway|teenager|juvenile)";

    static final Pattern PLURAL_MENTION = Pattern.compile("\\b" + PLURAL + "\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern SINGULAR_MENTION = Pattern.compile(
            "\\b(?:the|a|an|one|her|his|their|this|that)\\s+(?:[\\w’'-]+\\s+){0,3}?" + SINGULAR + "\\b|\\bvictim\\b(?![’']s)"
                    + "|\\b(?:[1-9]\\d?|" + NumberWords.PATTERN + ")[- ]years?[- ]old\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OWNER_BEFORE = Pattern.compile(
            "(?:\\b(?:his|her|their|its|adult|own)|[’']s?|[’'])\\s+(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Charges name children in general ("sex trafficking of children"), not the victims of the case. */
    private static final Pattern CHARGE_BEFORE = Pattern.compile("\\b(?:trafficking|prostitution|exploitation|abuse) of\\s+$",
            Pattern.CASE_INSENSITIVE);

    private VictimNouns() {
    }

    /**
     * True for children who belong to somebody ("their three children", "Vargas's adult children"):
     * {@code noun} is the matched noun phrase, {@code start} where its determiner or number begins.
     */
    static boolean inCharge(String text, int start) {
        return CHARGE_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    static boolean someonesChildren(String text, int start, String noun) {
        if (!noun.toLowerCase(java.util.Locale.ROOT).endsWith("children")) {
            return false;
        }
        int from = Math.max(0, start - 30);
        return OWNER_BEFORE.matcher(text.substring(from, start)).find()
                || noun.toLowerCase(java.util.Locale.ROOT).contains("adult");
    }
}
