package org.palermo.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.palermo.patterns.Basis;
import org.palermo.patterns.CitationEntry;
import org.palermo.patterns.CitationIndex;
import org.palermo.patterns.Counting;
import org.palermo.patterns.DataGaps;
import org.palermo.patterns.Development;
import org.palermo.patterns.Flow;
import org.palermo.patterns.FlowMatrix;
import org.palermo.patterns.FlowQuery;
import org.palermo.patterns.Period;
import org.palermo.patterns.Trends;
import org.palermo.patterns.VictimProfiles;
import org.palermo.reference.Countries;
import org.palermo.statistics.Observation;
import org.palermo.statistics.Statistics;
import org.palermo.statistics.StatisticsQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The global report, in the spirit of UNODC's Global Report on Trafficking in Persons: coverage,
 * victims, offenders, flows, responses and gaps, from accepted facts only. Every figure names the
 * sources it rests on. The charts and maps are SVG drawn here, so the HTML and the PDF (openhtmltopdf
 * with Batik) show the same figures without running any script.
 */
@Service
public class GlobalReport {

    static final String VICTIMS = "Detected trafficking victims";
    static final String PROSECUTED = "Persons prosecuted";
    static final String CONVICTED = "Persons convicted";
    private static final String TOTAL = "Total";
    private static final String FORM = "by form of exploitation";
    private static final List<String> PALETTE = List.of("#0b5cad", "#d7301f", "#7a1f5c", "#31a354", "#e6a800", "#555555");
    static final List<String> FORMS = List.of("Sexual exploitation", "Forced labour", "Other forms of exploitation");
    private static final Pattern EDITION = Pattern.compile("^(.*?)[, ]+(?:[A-Za-z ]*?)?((?:19|20)\\d\\d)$");

    static {
        // openhtmltopdf logs every stylesheet parse at INFO on the console of `./palermo report`; keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final CitationIndex citations;
    private final FlowMatrix flows;
    private final Trends trends;
    private final VictimProfiles victims;
    private final Development development;
    private final DataGaps gaps;
    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final Statistics statistics;

    GlobalReport(CitationIndex citations, FlowMatrix flows, Trends trends, VictimProfiles victims, Development development,
                 DataGaps gaps, JdbcClient jdbc, ITemplateEngine templates, Statistics statistics) {
        this.statistics = statistics;
        this.citations = citations;
        this.flows = flows;
        this.trends = trends;
        this.victims = victims;
        this.development = development;
        this.gaps = gaps;
        this.jdbc = jdbc;
        this.templates = templates;
    }

    /** The two files written by {@link #write}: the HTML and the PDF, and the PDF's size. */
    public record Files2(Path html, Path pdf, int pdfBytes) {
    }

    public Files2 write(Path dir) {
        try {
            Files.createDirectories(dir);
            String html = html();
            Path h = dir.resolve("global-report.html");
            Path p = dir.resolve("global-report.pdf");
            Files.writeString(h, html, StandardCharsets.UTF_8);
            byte[] pdf = pdf(html);
            Files.write(p, pdf);
            return new Files2(h, p, pdf.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the report would rest on nothing: no reviewed fact and no published national figure. A
     * one-off command on a new data directory sees this (demo data are loaded by the server's first start).
     */
    public boolean hasNoData() {
        boolean facts = jdbc.sql("select exists (select 1 from fact_view where reviewed)").query(Boolean.class).single();
        return !facts && statistics.count() == 0;
    }

    public String html() {
        Context ctx = new Context();
        ctx.setVariables(model());
        return templates.process("reports/global", ctx);
    }

    public byte[] pdf() {
        return pdf(html());
    }

    byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().settings(org.jsoup.parser.ParseSettings.preserveCase)));
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(doc, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generated", Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC");
        Basis basis = Basis.ACCEPTED;
        // coverage
        Map<String, Integer> byType = new TreeMap<>();
        jdbc.sql("select source_type, count(distinct source_id) from fact_view where reviewed group by 1").query(rs -> {
            byType.put(rs.getString(1), rs.getInt(2));
        });
        Map<String, Integer> factsByType = new TreeMap<>();
        jdbc.sql("select type, count(*) from fact_view where reviewed group by 1").query(rs -> {
            factsByType.put(rs.getString(1), rs.getInt(2));
        });
        m.put("sourcesByType", byType);
        m.put("factsByType", factsByType);
        m.put("factsTotal", factsByType.values().stream().mapToInt(Integer::intValue).sum());
        m.put("sourcesTotal", byType.values().stream().mapToInt(Integer::intValue).sum());
        DataGaps.Gaps g = gaps.gaps(basis).value();
        m.put("gaps", g);
        m.put("countriesWithData", g.countriesTotal() - g.countriesWithoutData().size());
        List<Trends.Year> years = trends.byYear(null, null, basis).value();
        m.put("years", years);
        if (!years.isEmpty()) {
            m.put("trendChart", Svg.lines(years.stream().map(Trends.Year::year).toList(),
                    List.of("sources", "countries of origin", "countries of destination", "flows ÷ 10"),
                    List.of(years.stream().map(Trends.Year::sources).toList(), years.stream().map(Trends.Year::origin).toList(),
                            years.stream().map(Trends.Year::destination).toList(), years.stream().map(y -> y.flows() / 10).toList()),
                    List.of("#0b5cad", "#d7301f", "#2b8cbe", "#7a1f5c")));
        }
        m.put("allSources", sourcesOf("true"));
        // victims
        VictimProfiles.Profile v = victims.profile(null, null, Period.ALL, basis).value();
        m.put("victims", v);
        if (!v.groups().isEmpty()) {
            m.put("groupsChart", Svg.bars(v.groups().stream().map(VictimProfiles.Share::category).toList(),
                    v.groups().stream().map(s -> s.share() == null ? 0.0 : s.share()).toList(), "#0b5cad", null, true));
        }
        if (!v.forms().isEmpty()) {
            m.put("formsChart", Svg.bars(v.forms().stream().map(VictimProfiles.Share::category).toList(),
                    v.forms().stream().map(s -> s.share() == null ? 0.0 : s.share()).toList(), "#7a1f5c", null, true));
        }
        m.put("victimSources", sourcesOf("type = 'country_role' and cardinality(victim_groups) > 0"));
        // national statistics (UNODC GLOTIP and published submissions)
        m.put("nationalVictims", national(VICTIMS));
        nationalOffenders(m);
        // offenders in the sources: statistic facts
        m.put("offenders", jdbc.sql("""
                        select metric, count(distinct country), count(*), min(year), max(year) from fact_view
                        where reviewed and type = 'statistic' and metric in ('suspects', 'persons_arrested', 'persons_charged',
                              'persons_prosecuted', 'persons_convicted', 'persons_sentenced', 'persons_acquitted')
                        group by metric order by metric""")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getObject(4), rs.getObject(5)}).list());
        m.put("offenderSources", sourcesOf("type = 'statistic' and metric like 'persons_%'"));
        nationalResponses(m);
        m.put("responses", jdbc.sql("""
                        select event, count(distinct country), count(*) from fact_view
                        where reviewed and type = 'event' group by event order by count(distinct country) desc, event""")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)}).list());
        m.put("responseSources", sourcesOf("type = 'event'"));
        // flows and the citation index
        List<CitationEntry> dest = citations.compute("DESTINATION", basis, Period.ALL, Counting.SOURCES).value();
        List<CitationEntry> orig = citations.compute("ORIGIN", basis, Period.ALL, Counting.SOURCES).value();
        Map<String, String> colours = Map.of("VERY_HIGH", "#7f0000", "HIGH", "#d7301f", "MEDIUM", "#fc8d59", "LOW", "#fdd49e", "VERY_LOW", "#fff2d9");
        m.put("bands", citations.bands().describe());
        m.put("bandColours", colours);
        m.put("destinationMap", WorldMap.bundled().choropleth(levelOf(dest, colours), "Citation index, countries of destination"));
        m.put("originMap", WorldMap.bundled().choropleth(levelOf(orig, colours), "Citation index, countries of origin"));
        m.put("topDestinations", dest.stream().limit(20).toList());
        m.put("topOrigins", orig.stream().limit(20).toList());
        m.put("levelCounts", Map.of("origin", countLevels(orig), "destination", countLevels(dest)));
        List<Flow> all = flows.flows(FlowQuery.all()).value();
        List<Flow> top = all.stream().filter(f -> WorldMap.bundled().canDraw(f.origin()) && WorldMap.bundled().canDraw(f.destination()))
                .limit(120).toList();
        m.put("flowCount", all.size());
        m.put("flowMap", WorldMap.bundled().arcs(top.stream().map(f -> new String[] {f.origin(), f.destination()}).toList(),
                top.stream().map(Flow::weight).toList(), "The 120 most reported flows"));
        m.put("topFlows", all.stream().limit(25).toList());
        m.put("regional", regionalShares(all));
        m.put("flowSources", sourcesOf("type = 'country_role' and counterpart is not null"));
        m.put("citationSources", sourcesOf("type = 'country_role'"));
        // development
        Development.Result dev = development.compare("ORIGIN", basis, Period.ALL).value();
        m.put("development", dev);
        return m;
    }

    /** Every published observation of one indicator with the given dimension, category, sex and age ("" = any). */
    private List<Observation> published(String indicator, String dimension, String category, String sex, String age) {
        return statistics.find(new StatisticsQuery(List.of(), List.of(indicator), List.of(dimension),
                category.isEmpty() ? List.of() : List.of(category), List.of(sex), List.of(age), List.of()));
    }

    /** An indicator's national totals: dimension, category, sex and age all "Total". */
    private NationalFigures.Series national(String indicator) {
        return NationalFigures.totals(indicator, published(indicator, TOTAL, TOTAL, TOTAL, TOTAL));
    }

    /** Offenders: the share of women among persons prosecuted and convicted, where a country publishes both the total and women. */
    private void nationalOffenders(Map<String, Object> m) {
        Map<String, List<NationalFigures.Part>> women = new LinkedHashMap<>();
        List<Observation> used = new ArrayList<>();
        for (String indicator : List.of(PROSECUTED, CONVICTED)) {
            List<Observation> female = published(indicator, TOTAL, TOTAL, "Female", TOTAL);
            List<Observation> total = published(indicator, TOTAL, TOTAL, TOTAL, TOTAL);
            women.put(indicator, NationalFigures.parts(female, total));
            used.addAll(female);
        }
        m.put("offendersWomen", women);
        m.put("offendersWomenEmpty", women.values().stream().allMatch(List::isEmpty));
        m.put("offendersWomenSources", NationalFigures.sources(used));
    }

    /**
     * Responses: every criminal-justice indicator the statistics hold besides detected victims (persons brought
     * into formal contact, prosecuted, convicted; offences recorded), and convictions by form of exploitation.
     */
    private void nationalResponses(Map<String, Object> m) {
        List<NationalFigures.Series> series = statistics.indicators().stream().map(Statistics.Indicator::name)
                .filter(name -> !name.equals(VICTIMS)).map(this::national)
                .filter(s -> !s.years().isEmpty()).toList();
        m.put("nationalResponses", series);
        m.put("nationalResponsesSources", series.stream().flatMap(s -> Arrays.stream(s.sources().split("; "))).distinct()
                .collect(Collectors.joining("; ")));
        List<Integer> years = series.stream().flatMap(s -> s.years().stream()).map(NationalFigures.Year::year).distinct().sorted().toList();
        m.put("responseYears", years);
        if (!years.isEmpty()) {
            m.put("responsesChart", Svg.lines(years, series.stream().map(NationalFigures.Series::indicator).toList(),
                    series.stream().map(s -> years.stream().map(y -> s.year(y) == null ? 0 : s.year(y).countries()).toList()).toList(),
                    java.util.stream.IntStream.range(0, series.size()).mapToObj(i -> PALETTE.get(i % PALETTE.size())).toList()));
        }
        List<Observation> byForm = published(CONVICTED, FORM, "", TOTAL, TOTAL);
        m.put("convictedForms", FORMS);
        m.put("convictedByForm", NationalFigures.breakdown(byForm, FORMS));
        m.put("convictedByFormSources", NationalFigures.sources(byForm));
    }

    private static java.util.function.Function<String, String> levelOf(List<CitationEntry> entries, Map<String, String> colours) {
        Map<String, String> byIso = new HashMap<>();
        entries.forEach(e -> byIso.put(e.country(), colours.get(e.level())));
        return byIso::get;
    }

    private static Map<String, Long> countLevels(List<CitationEntry> entries) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String level : List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW", "VERY_LOW")) {
            m.put(level, entries.stream().filter(e -> e.level().equals(level)).count());
        }
        return m;
    }

    /** Flows within a sub-region, between sub-regions of one region, and between regions (the Global Report's "domestic, regional, transregional"). */
    private static Map<String, Integer> regionalShares(List<Flow> all) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("within a sub-region", 0);
        m.put("within a region", 0);
        m.put("between regions", 0);
        for (Flow f : all) {
            var o = Countries.bundled().byIso3(f.origin()).orElse(null);
            var d = Countries.bundled().byIso3(f.destination()).orElse(null);
            if (o == null || d == null) {
                continue;
            }
            String k = String.valueOf(o.subregion()).equals(String.valueOf(d.subregion())) ? "within a sub-region"
                    : String.valueOf(o.region()).equals(String.valueOf(d.region())) ? "within a region" : "between regions";
            m.merge(k, 1, Integer::sum);
        }
        return m;
    }

    /**
     * The sources behind a figure, as one line: editions of a series are collapsed
     * ("US Department of State, Trafficking in Persons Report 2001–2016 (16 editions)").
     */
    String sourcesOf(String condition) {
        Map<String, List<Integer>> series = new TreeMap<>();
        List<String> single = new ArrayList<>();
        jdbc.sql("select source_name, count(*) from fact_view where reviewed and " + condition + " group by source_name order by source_name")
                .query(rs -> {
                    String name = rs.getString(1);
                    Matcher mt = EDITION.matcher(name);
                    if (mt.matches()) {
                        series.computeIfAbsent(name.substring(0, mt.start(2)).strip(), k -> new ArrayList<>()).add(Integer.valueOf(mt.group(2)));
                    } else {
                        single.add(name);
                    }
                });
        List<String> parts = new ArrayList<>();
        series.forEach((prefix, ys) -> {
            int lo = ys.stream().min(Integer::compare).orElse(0);
            int hi = ys.stream().max(Integer::compare).orElse(0);
            parts.add(ys.size() == 1 ? prefix + " " + lo : prefix + " " + lo + "–" + hi + " (" + ys.size() + " editions)");
        });
        parts.addAll(single);
        return parts.isEmpty() ? "no accepted facts yet" : String.join("; ", parts);
    }
}
