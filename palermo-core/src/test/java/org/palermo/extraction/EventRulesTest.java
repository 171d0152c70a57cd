package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class EventRulesTest {

    @Test
    void legalAndInstitutionalEventsWithDates() {
        String text = "In 2010, Greece ratified the Palermo Protocol. The Government adopted a national action plan "
                + "in March 2012. Ukraine established a national hotline in 2005 and a national referral mechanism.";
        assertThat(TestSentences.events(text, Hints.none()))
                .extracting(Event::country, Event::event, Event::date)
                .containsExactly(tuple("GRC", EventType.RATIFIED_PROTOCOL, "2010"),
                        tuple("GRC", EventType.NATIONAL_ACTION_PLAN, "2012-03"),
                        tuple("UKR", EventType.HOTLINE, "2005"),
                        tuple("UKR", EventType.REFERRAL_MECHANISM, "2005"));
    }

    @Test
    void unitsBodiesAndRapporteurs() {
        String text = "In Azerbaijan, a Special Police Unit had also been created to deal with cases of trafficking. "
                + "Germany set up a Federal Working Group on Trafficking in Women. The Netherlands appointed a National "
                + "Rapporteur on Trafficking in Human Beings.";
        assertThat(TestSentences.events(text, Hints.none()))
                .extracting(Event::country, Event::event)
                .contains(tuple("AZE", EventType.SPECIAL_UNIT), tuple("NLD", EventType.NATIONAL_RAPPORTEUR));
    }

    @Test
    void spanishAndFrench() {
        assertThat(TestSentences.events("En 2011, el Gobierno aprobó la Ley contra la trata de personas.", new Hints("MEX")))
                .extracting(Event::event, Event::date).contains(tuple(EventType.LEGISLATION_ADOPTED, "2011"));
        assertThat(TestSentences.events("Le gouvernement a lancé une campagne de sensibilisation contre la traite.", new Hints("SEN")))
                .extracting(Event::country, Event::event).contains(tuple("SEN", EventType.AWARENESS_CAMPAIGN));
    }
}
