package org.palermo.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.checklist.Pillar;

/**
 * A technical-assistance project: what it does, who funds and implements it, for which countries, under which
 * pillars and measures of the Framework for Action and which IATI sector codes, when, and for how much.
 * The same value is read from and written to IATI activity XML, CSV and the JSON API.
 *
 * @param measures keys of the Framework for Action's measures in its latest version ("c.4")
 * @param origin   where the record came from: a file, a bundled data set, an account
 */
public record Project(Long id, String identifier, String title, String description,
                      List<Participant> organisations, List<Recipient> countries, List<String> regions,
                      List<Pillar> pillars, List<String> measures, List<Sector> sectors,
                      @JsonProperty("start_date") LocalDate start, @JsonProperty("end_date") LocalDate end,
                      BigDecimal budget, String currency, ProjectStatus status, List<Transaction> transactions,
                      String origin) {

    public record Participant(String name, String ref, String type, OrgRole role) {
    }

    public record Recipient(String country, BigDecimal percentage) {
    }

    /** An IATI sector: vocabulary 1 = DAC 5-digit purpose code, 8 = SDG target, …; percentage optional. */
    public record Sector(String vocabulary, String code, BigDecimal percentage) {
        public static final String DAC = "1";
        public static final String SDG_TARGET = "8";
    }

    public record Transaction(String type, LocalDate date, BigDecimal value, String currency) {
    }

    public List<String> namesIn(OrgRole role) {
        return organisations.stream().filter(o -> o.role() == role).map(Participant::name).toList();
    }

    public List<String> funders() {
        return namesIn(OrgRole.FUNDING);
    }

    public List<String> implementers() {
        return namesIn(OrgRole.IMPLEMENTING);
    }

    /** Who does the work: the implementers, or the extending organisations when no implementer is named. */
    public List<String> doers() {
        List<String> implementers = implementers();
        return implementers.isEmpty() ? namesIn(OrgRole.EXTENDING) : implementers;
    }

    public List<String> countryCodes() {
        return countries.stream().map(Recipient::country).toList();
    }

    public List<String> codesIn(String vocabulary) {
        return sectors.stream().filter(s -> s.vocabulary().equals(vocabulary)).map(Sector::code).toList();
    }

    Project withId(Long newId, String newOrigin) {
        return new Project(newId, identifier, title, description, organisations, countries, regions, pillars, measures, sectors,
                start, end, budget, currency, status, transactions, newOrigin);
    }
}
