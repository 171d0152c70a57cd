package org.palermo.profiles;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.palermo.caselaw.CaseLaw;
import org.springframework.stereotype.Component;

/** The court decisions of a country's jurisdiction, counted from the case-law database. */
@Component
class CasesSection implements ProfileSection {

    private final CaseLaw caseLaw;

    CasesSection(CaseLaw caseLaw) {
        this.caseLaw = caseLaw;
    }

    @Override
    public String key() {
        return "cases";
    }

    @Override
    public Optional<Object> forCountry(String iso3) {
        long n = caseLaw.countsByCountry().stream().filter(c -> iso3.equals(c.country()))
                .mapToLong(c -> c.decisions()).sum();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("decisions", n);
        section.put("search", "/cases?country=" + iso3);
        section.put("basis", "court decisions in the case-law database with this jurisdiction");
        return Optional.of(section);
    }
}
