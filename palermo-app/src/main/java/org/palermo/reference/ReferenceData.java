package org.palermo.reference;

import java.math.BigDecimal;
import java.util.List;

import org.palermo.system.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads the bundled countries and HDI series into the database once, before anything else. */
@Component
@Order(-10)
class ReferenceData implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final DemoData demoData;

    ReferenceData(JdbcClient jdbc, DemoData demoData) {
        this.jdbc = jdbc;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadReferenceOnce("reference:countries", this::loadCountries);
        demoData.loadReferenceOnce("reference:hdi", this::loadHdi);
    }

    private String loadCountries() {
        List<Country> all = Countries.bundled().all();
        for (Country c : all) {
            jdbc.sql("""
                            insert into country (iso3, iso2, numeric_code, name, region, subregion, intermediate_region)
                            values (:iso3, :iso2, :num, :name, :region, :sub, :inter)""")
                    .param("iso3", c.iso3()).param("iso2", c.iso2()).param("num", c.numeric()).param("name", c.name())
                    .param("region", c.region()).param("sub", c.subregion()).param("inter", c.intermediateRegion())
                    .update();
        }
        return all.size() + " countries";
    }

    private String loadHdi() {
        int n = 0;
        int skipped = 0;
        for (List<String> row : DemoData.csv("data/reference/hdi.csv")) {
            if (!Countries.bundled().isKnown(row.get(0))) {
                skipped++;
                continue;
            }
            jdbc.sql("insert into hdi (iso3, year, value) values (:iso3, :year, :value)")
                    .param("iso3", row.get(0)).param("year", Integer.parseInt(row.get(1)))
                    .param("value", new BigDecimal(row.get(2))).update();
            n++;
        }
        return n + " HDI values" + (skipped > 0 ? " (" + skipped + " for codes outside ISO 3166-1 skipped)" : "");
    }
}
