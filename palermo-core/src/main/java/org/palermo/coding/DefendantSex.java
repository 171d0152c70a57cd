package org.palermo.coding;

import java.util.List;

/**
 * The sex of the defendants, from what {@link People} finds: a defendant's title (Ms., Mr.) or given
 * name, the pronouns that refer to a defendant ("Co-defendant Forbes … He used threats", "When the
 * victims confronted Defendant …, she began to charge them"), family words that make defendants a
 * man and a woman ("husband and wife", "the couple", "his wife and co-defendant", "the Ramos
 * brothers"), roles that carry a sex ("madam", "female co-defendant"), and "she pleaded guilty".
 * <p>
 * What is not said follows the database's coding of US decisions, where the defendant of a summary
 * that gives no sex is coded male and not female: male is true unless every defendant named is a
 * woman (and the text speaks of no other defendant); female is true only when a woman defendant is
 * found. A summary that names no defendant but tells an offence is coded the same way ({@link #unnamed}); both are
 * null only when the text tells no offence at all ("No description.").
 * <p>
 * One convention is learned from coded decisions instead ({@link #learn}): when the text speaks of several defendants
 * ("the defendants", "co-conspirators") and says the sex of none, whether the coding has a woman among them. The
 * database's coders read the case files, where a group of traffickers often includes a woman the summary does not
 * mention; the bundled coder uses {@link #SEVERAL_UNSTATED_INCLUDE_A_WOMAN}, what the 60 development decisions give.
 */
final class DefendantSex {

    record Sexes(Reading<Boolean> female, Reading<Boolean> male) {
    }

    /**
     * Learned on the 60 development decisions ({@link #learn}): 5 of the 6 whose text speaks of several defendants of
     * unstated sex are coded with a female defendant.
     */
    static final boolean SEVERAL_UNSTATED_INCLUDE_A_WOMAN = true;

    private final People people = new People(GivenNames.bundled());
    private final boolean severalUnstatedIncludeAWoman;

    DefendantSex() {
        this(SEVERAL_UNSTATED_INCLUDE_A_WOMAN);
    }

    DefendantSex(boolean severalUnstatedIncludeAWoman) {
        this.severalUnstatedIncludeAWoman = severalUnstatedIncludeAWoman;
    }

    /**
     * Whether several defendants of unstated sex are coded with a woman among them on {@code training}: true when the
     * Laplace-smoothed share of such decisions coded with a female defendant, (yes + 1) / (n + 2), exceeds one half.
     */
    static boolean learn(List<DecisionLine> training) {
        People people = new People(GivenNames.bundled());
        int n = 0;
        int yes = 0;
        for (DecisionLine d : training) {
            if (d.labels() == null || d.labels().femaleDefendants() == null) {
                continue;
            }
            People.Cast cast = people.read(new DecisionText(d.text()));
            if (cast.pluralDefendants() && cast.defendantFindings().isEmpty()) {
                n++;
                if (d.labels().femaleDefendants()) {
                    yes++;
                }
            }
        }
        return (yes + 1.0) / (n + 2.0) > 0.5;
    }

    Sexes read(DecisionText text) {
        return read(people.read(text));
    }

    /**
     * The defendants of a summary that names none ("Federal agents rescued 30 workers from a labor camp run by a Florida
     * contractor"): the database codes every case's defendants, one of unstated sex as male and not female. {@code offence}
     * is the quote of what was done; without one (no trafficking told at all) nothing is coded.
     */
    Sexes unnamed(Evidence offence) {
        if (offence == null) {
            return new Sexes(Reading.none(), Reading.none());
        }
        return new Sexes(Reading.of(false, offence), Reading.of(true, offence));
    }

    Sexes read(People.Cast cast) {
        Evidence female = null;
        Evidence male = null;
        for (People.Finding f : cast.defendantFindings()) {
            if (f.sex() == Sex.FEMALE && (female == null || f.evidence().start() < female.start())) {
                female = f.evidence();
            }
            if (f.sex() == Sex.MALE && (male == null || f.evidence().start() < male.start())) {
                male = f.evidence();
            }
        }
        Evidence anyDefendant = cast.firstDefendantMention();
        if (female == null && male == null && anyDefendant == null) {
            return new Sexes(Reading.none(), Reading.none());
        }
        if (female == null && male == null && cast.pluralDefendants()) {
            // Several defendants, none of whom the text gives a sex: whether the coding has a woman among them is learned.
            return new Sexes(Reading.of(severalUnstatedIncludeAWoman, anyDefendant), Reading.of(true, anyDefendant));
        }
        Reading<Boolean> femaleRead = female != null ? Reading.of(true, female) : Reading.of(false, male != null ? male : anyDefendant);
        Reading<Boolean> maleRead;
        if (male != null) {
            maleRead = Reading.of(true, male);
        } else if (female != null && cast.defendantsOfUnknownSex() == 0
                && !(cast.pluralDefendants() && cast.namedDefendants() < 2)) {
            maleRead = Reading.of(false, female);
        } else {
            maleRead = Reading.of(true, anyDefendant != null ? anyDefendant : female);
        }
        return new Sexes(femaleRead, maleRead);
    }
}
