package org.palermo.profiles;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.registries.SourceVerdict;
import org.palermo.registries.TierYear;
import org.palermo.registries.TreatyDisagreement;

/**
 * What a reader grasps about a country in a minute, at the top of its profile: Protocol standing, tier history,
 * the criminal-justice trends, main counterparts in flows, laws and institutions, court decisions and the
 * registries. Every part names its source; a part with nothing says what is missing and how to add it
 * ({@code missing}). The self-assessment checklist and technical assistance come from other modules, as
 * {@link CountryProfile#sections()} "checklist" and "assistance"; when they are absent, {@link #missing} says so.
 */
public record ProfileOverview(
        Protocol protocol,
        Tiers tiers,
        List<Trend> trends,
        Counterparts counterparts,
        Institutions institutions,
        Cases cases,
        Registries registries,
        List<Missing> missing) {

    /** Something the top of the profile lacks: which part, what is missing, how to add it. */
    public record Missing(String part, String what, String how) {
    }

    /** The standing towards the Protocol today, with every source's verdict and the periods they disagree on. */
    public record Protocol(String instrument, String standing, String label, boolean certain, String since, String says,
                           String signed, String source, String link, @JsonProperty("as_of") LocalDate asOf, boolean disagreement,
                           List<SourceVerdict> sources, List<TreatyDisagreement> disagreements, String page, Missing missing) {
    }

    /** The US TIP report tier per report year. */
    public record Tiers(List<TierYear> years, TierYear latest, String source, String page, Missing missing) {
    }

    /** One national indicator over the years (totals only), with its latest figure and source. */
    public record Trend(String indicator, List<Point> points, Point latest, String source, String page, Missing missing) {
    }

    /** A year's published total; {@code value} null where suppressed ("&lt;5") or published twice with different values. */
    public record Point(int year, Long value, @JsonProperty("value_text") String valueText) {
    }

    /**
     * The countries most often named with this one in flows. {@code origins}: where victims found here come from;
     * {@code destinations}: where victims from here are exploited. Counted in distinct sources.
     */
    public record Counterparts(List<Counterpart> origins, List<Counterpart> destinations, @JsonProperty("origins_total") int originsTotal,
                               @JsonProperty("destinations_total") int destinationsTotal, String basis, String source,
                               String page, Missing missing) {
    }

    public record Counterpart(String iso3, String name, int sources) {
    }

    /** Laws, national action plans, coordination bodies and rapporteurs: facts with dates and quotes, and registry entries. */
    public record Institutions(List<Institution> items, @JsonProperty("suggestions_awaiting_review") int suggestionsAwaitingReview,
                               String review, Missing missing) {
    }

    /** One institutional fact (its quote and source) or one contact point of the registry. */
    public record Institution(String kind, String label, String date, String text, String quote, String source, String link,
                              boolean reviewed) {
    }

    public record Cases(long decisions, String search, String source, Missing missing) {
    }

    public record Registries(@JsonProperty("contact_points") int contactPoints, @JsonProperty("service_providers") int serviceProviders,
                             List<String> roles, String contacts, String providers, Missing missing) {
    }
}
