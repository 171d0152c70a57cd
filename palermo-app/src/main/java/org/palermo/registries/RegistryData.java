package org.palermo.registries;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palermo.accounts.Actors;
import org.palermo.documents.DocumentDetail;
import org.palermo.documents.DocumentParagraph;
import org.palermo.documents.DocumentSummary;
import org.palermo.documents.Documents;
import org.palermo.reference.Countries;
import org.palermo.system.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start, loads the bundled treaty data sets, the seed documents' statements on who was (not) a party, and
 * the US TIP tiers (see {@code data/registries/NOTICE.md}). After the seed documents, so the statements link to
 * the paragraphs they quote.
 */
@Component
@Order(50)
class RegistryData implements ApplicationRunner {

    static final String TREATY = "registries:treaty";
    static final String TIERS = "registries:tiers";
    static final String UNTC = "UN Treaty Collection (chapter XVIII-12-a), dates as of late 2013, via Human Trafficking "
            + "Indicators 2013.1 (R. W. Frank)";
    static final String KELLEY_SIMMONS = "Kelley & Simmons, \"Politics by Number\" (AJPS 2015), replication data: "
            + "year of ratification, up to 2011";
    static final String UNTC_URL = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18";
    /** HTI's dates were taken from the UN Treaty Collection in late 2013; its latest date is 2013-10-17. */
    static final LocalDate UNTC_COMPLETE_UNTIL = LocalDate.of(2013, 10, 17);
    static final LocalDate KELLEY_SIMMONS_COMPLETE_UNTIL = LocalDate.of(2011, 12, 31);
    private static final String DIR = "data/registries/";

    private final JdbcClient jdbc;
    private final DemoData demoData;
    private final Documents documents;

    RegistryData(JdbcClient jdbc, DemoData demoData, Documents documents) {
        this.jdbc = jdbc;
        this.demoData = demoData;
        this.documents = documents;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadOnce(TREATY, this::loadTreaty);
        demoData.loadOnce(TIERS, this::loadTiers);
    }

    private String loadTreaty() {
        String by = Actors.currentName();
        int untc = 0;
        for (List<String> r : DemoData.csv(DIR + "protocol-status.csv")) {
            String iso3 = known(r.get(0));
            if (!r.get(2).isBlank()) {
                insert(iso3, TreatyAction.SIGNED, r.get(2), UNTC, SourceKind.TREATY_DATASET, r.get(1), UNTC_URL, by);
                untc++;
            }
            if (!r.get(3).isBlank()) {
                TreatyAction act = switch (r.get(5)) {
                    case "accession" -> TreatyAction.ACCEDED;
                    case "acceptance" -> TreatyAction.ACCEPTED;
                    case "succession" -> TreatyAction.SUCCEEDED;
                    case "ratification" -> TreatyAction.RATIFIED;
                    default -> throw new IllegalStateException("protocol-status.csv: unknown ratification type '" + r.get(5) + "'");
                };
                insert(iso3, act, r.get(3), UNTC, SourceKind.TREATY_DATASET, r.get(1), UNTC_URL, by);
                untc++;
            }
            cover(UNTC, iso3, UNTC_COMPLETE_UNTIL);
        }
        int ks = 0;
        for (List<String> r : DemoData.csv(DIR + "protocol-ratification-year.csv")) {
            String iso3 = known(r.get(0));
            insert(iso3, TreatyAction.RATIFIED, r.get(2), KELLEY_SIMMONS, SourceKind.RESEARCH_DATASET, r.get(1), null, by);
            cover(KELLEY_SIMMONS, iso3, KELLEY_SIMMONS_COMPLETE_UNTIL);
            ks++;
        }
        for (List<String> r : DemoData.csv(DIR + "protocol-not-ratified-2011.csv")) {
            cover(KELLEY_SIMMONS, known(r.get(0)), KELLEY_SIMMONS_COMPLETE_UNTIL);
        }
        int seeds = loadSeedStatements(by);
        return untc + " UN Treaty Collection dates, " + ks + " Kelley & Simmons years, " + seeds + " seed statements";
    }

    /** The seeds' statements, each linked to the paragraph that lists the country when the seed is held. */
    private int loadSeedStatements(String by) {
        Map<String, String> titles = new HashMap<>();
        for (List<String> r : DemoData.csv("data/seeds/seeds.csv")) {
            titles.put(r.get(0), r.get(1) + " (" + r.get(2).substring(0, 4) + ")");
        }
        Map<String, Long> ids = new HashMap<>();
        for (DocumentSummary d : documents.list()) {
            ids.putIfAbsent(d.fileName(), d.id());
        }
        Map<String, DocumentDetail> details = new HashMap<>();
        int n = 0;
        for (List<String> r : DemoData.csv(DIR + "seed-treaty-statements.csv")) {
            String iso3 = known(r.get(0));
            TreatyAction action = TreatyAction.valueOf(r.get(1));
            LocalDate[] span = TreatyRegistry.span(r.get(2));
            String file = r.get(3);
            Long documentId = ids.get(file);
            String anchor = null;
            if (documentId != null) {
                DocumentDetail d = details.computeIfAbsent(file, f -> documents.get(documentId));
                anchor = d.paragraphs().stream().filter(p -> p.text().contains(r.get(5))).map(DocumentParagraph::anchor)
                        .findFirst().orElse(null);
            }
            String title = titles.getOrDefault(file, file);
            jdbc.sql("""
                            insert into treaty_entry (country, action, date_from, date_to, source, source_kind, document, document_id,
                                                      anchor, location, quote, listed_as, entered_by)
                            values (:c, :a, :from, :to, :source, 'DOCUMENT', :doc, :docId, :anchor, :loc, :quote, :listed, :by)""")
                    .param("c", iso3).param("a", action.name()).param("from", span[0]).param("to", span[1]).param("source", title)
                    .param("doc", file).param("docId", documentId).param("anchor", anchor).param("loc", r.get(4))
                    .param("quote", r.get(6)).param("listed", r.get(7)).param("by", by).update();
            n++;
        }
        return n;
    }

    private String loadTiers() {
        String by = Actors.currentName();
        int n = 0;
        for (List<String> r : DemoData.csv(DIR + "tip-tiers.csv")) {
            String tier = r.get(3).isBlank() ? null : Tier.valueOf(r.get(3)).name();
            jdbc.sql("""
                            insert into tip_tier (country, report_year, tier, special_case, source, updated_by)
                            values (:c, :y, :t, :s, :src, :by)""")
                    .param("c", known(r.get(0))).param("y", Integer.parseInt(r.get(2))).param("t", tier)
                    .param("s", Boolean.parseBoolean(r.get(4))).param("src", TipTiers.SOURCE).param("by", by).update();
            n++;
        }
        return n + " US TIP tiers, report years 2001–2015";
    }

    private void insert(String iso3, TreatyAction action, String date, String source, SourceKind kind, String listedAs, String url,
                        String by) {
        LocalDate[] span = TreatyRegistry.span(date);
        if (span == null) {
            throw new IllegalStateException("Bundled treaty data: '" + date + "' is not a date (" + iso3 + ")");
        }
        jdbc.sql("""
                        insert into treaty_entry (country, action, date_from, date_to, source, source_kind, listed_as, url, entered_by)
                        values (:c, :a, :from, :to, :source, :kind, :listed, :url, :by)""")
                .param("c", iso3).param("a", action.name()).param("from", span[0]).param("to", span[1])
                .param("source", source).param("kind", kind.name()).param("listed", listedAs).param("url", url).param("by", by).update();
    }

    private final Set<String> covered = new HashSet<>();

    private void cover(String source, String iso3, LocalDate until) {
        if (covered.add(source + "|" + iso3)) {
            jdbc.sql("""
                            insert into treaty_coverage (source, country, complete_until) values (:s, :c, :u)
                            on conflict do nothing""")
                    .param("s", source).param("c", iso3).param("u", until).update();
        }
    }

    /** Kosovo (XKX) is not in ISO 3166; every other code of the bundled files must be. */
    private static String known(String iso3) {
        if (!iso3.equals("XKX") && !Countries.bundled().isKnown(iso3)) {
            throw new IllegalStateException("Bundled registry data: unknown country code " + iso3);
        }
        return iso3;
    }
}
