package org.palermo.profiles;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.palermo.statistics.CountryStatistics;
import org.palermo.statistics.CountrySummaries;
import org.springframework.stereotype.Component;

/** The country's published national statistics (GLOTIP and approved submissions): coverage and latest shares. */
@Component
class StatisticsSection implements ProfileSection {

    private final CountrySummaries summaries;

    StatisticsSection(CountrySummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public String key() {
        return "statistics";
    }

    @Override
    public Optional<Object> forCountry(String iso3) {
        CountryStatistics s = summaries.forCountry(iso3);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("observations", s.observations());
        section.put("first_year", s.firstYear());
        section.put("last_year", s.lastYear());
        section.put("suppressed", s.suppressed());
        section.put("conflicts", s.conflicts());
        section.put("latest_shares", s.shares().isEmpty() ? null : s.shares().get(s.shares().size() - 1));
        section.put("notes", s.notes());
        section.put("page", "/statistics/countries/" + iso3);
        section.put("basis", "published national statistics (UNODC GLOTIP and approved submissions); dimensions are not added up");
        return Optional.of(section);
    }
}
