package org.palermo.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.palermo.checklist.Pillar;
import org.palermo.system.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start: the IATI codes for trafficking work (always) and the US anti-trafficking grants FY2001–2014
 * (demo data) as projects, so that a new user finds real projects, donors and overlaps at once.
 *
 * <p>How a row of {@code us-tip-grants.csv} becomes a project (see the NOTICE): a row is a grant when the
 * source flags it, or when it names a recipient and an amount above zero (two rows flagged "no grant" do);
 * the other rows are the source's placeholders for country-years without a grant and are not projects. The
 * funder is the United States Government (the listing does not name the agency); the recipient implements,
 * or, when a sub-grantee is named, extends the grant to the sub-grantee, which implements. The period is the
 * US fiscal year (1 October to 30 September), the only date the source gives. The prevention, protection
 * and prosecution flags are the pillars; the research flag has no pillar and is not kept. The source has no
 * title or description: the title is composed from the row and there is no description.
 */
@Component
@Order(45)
class UsGrants implements ApplicationRunner {

    static final String PART = "assistance:us-grants";
    static final String CODES = "assistance:iati-codes";
    static final String FILE = "data/assistance/us-tip-grants.csv";
    static final String FUNDER = "United States Government";
    private static final Set<String> PLACEHOLDERS = Set.of("", "N/A", "TBD", "Not Listed", "Various");
    private static final Map<String, String> ORG_TYPES = Map.of("Government", "10", "IGO", "40", "Private Firm", "70",
            "University", "80", "Academic Fellowship", "80", "Think Tank", "80");

    private final Projects projects;
    private final DemoData demoData;
    private final JdbcClient jdbc;

    UsGrants(Projects projects, DemoData demoData, JdbcClient jdbc) {
        this.projects = projects;
        this.demoData = demoData;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadReferenceOnce(CODES, this::loadCodes);
        demoData.loadOnce(PART, this::loadGrants);
    }

    private String loadCodes() {
        int n = 0;
        for (List<String> row : DemoData.csv("data/assistance/iati-codes.csv")) {
            jdbc.sql("insert into assistance_code (vocabulary, code, name, description) values (:v, :c, :n, :d) on conflict do nothing")
                    .param("v", row.get(0)).param("c", row.get(1)).param("n", row.get(2))
                    .param("d", row.get(3).isBlank() ? null : row.get(3)).update();
            n++;
        }
        return n + " IATI codes (DAC purpose codes, SDG targets)";
    }

    private String loadGrants() {
        List<List<String>> rows = DemoData.csv(FILE);
        List<Project> grants = new ArrayList<>();
        for (List<String> row : rows) {
            grant(row).ifPresent(grants::add);
        }
        projects.saveAll(grants, "US anti-trafficking grants FY2001–2014");
        return grants.size() + " grants of " + rows.size() + " rows (" + (rows.size() - grants.size())
                + " placeholder rows for country-years without a grant)";
    }

    /** One source row as a project, or nothing for a placeholder row. */
    static java.util.Optional<Project> grant(List<String> row) {
        String sourceId = row.get(0);
        int year = Integer.parseInt(row.get(1));
        String label = row.get(2);
        String iso3 = row.get(3);
        String scope = row.get(5);
        String flag = row.get(6);
        String recipient = PLACEHOLDERS.contains(row.get(7).strip()) ? null : row.get(7).strip();
        String subgrantee = row.get(8).isBlank() ? null : row.get(8).strip();
        String type = row.get(9);
        BigDecimal amount = row.get(10).isBlank() ? null : new BigDecimal(row.get(10));
        boolean listed = "true".equals(flag) || (recipient != null && amount != null && amount.signum() > 0);
        if (!listed) {
            return java.util.Optional.empty();
        }
        List<Project.Participant> orgs = new ArrayList<>();
        orgs.add(new Project.Participant(FUNDER, null, "10", OrgRole.FUNDING));
        if (recipient != null) {
            orgs.add(new Project.Participant(recipient, null, ORG_TYPES.get(type), subgrantee == null ? OrgRole.IMPLEMENTING : OrgRole.EXTENDING));
        }
        if (subgrantee != null) {
            orgs.add(new Project.Participant(subgrantee, null, null, OrgRole.IMPLEMENTING));
        }
        List<Pillar> pillars = new ArrayList<>();
        if ("true".equals(row.get(13))) {
            pillars.add(Pillar.PROSECUTION);
        }
        if ("true".equals(row.get(12))) {
            pillars.add(Pillar.PROTECTION);
        }
        if ("true".equals(row.get(11))) {
            pillars.add(Pillar.PREVENTION);
        }
        List<Project.Recipient> countries = iso3.isBlank() ? List.of() : List.of(new Project.Recipient(iso3, null));
        List<String> regions = !scope.isBlank() ? List.of(scope) : iso3.isBlank() ? List.of(label) : List.of();
        String where = iso3.isBlank() ? label : row.get(4);
        String who = recipient == null ? (subgrantee == null ? "recipient not listed" : subgrantee)
                : subgrantee == null ? recipient : recipient + " for " + subgrantee;
        // the listing's row number tells apart grants that read the same (one recipient, twice in a year)
        String title = "US anti-trafficking grant FY" + year + ": " + who + ", " + where + " (row " + sourceId + ")";
        return java.util.Optional.of(new Project(null, "US-TIP-GRANT-" + sourceId, title, null, orgs, countries, regions, pillars,
                List.of(), List.of(), LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), amount, amount == null ? null : "USD",
                ProjectStatus.CLOSED, List.of(), "US anti-trafficking grants FY2001–2014 (Scorecard Diplomacy), source_id " + sourceId));
    }
}
