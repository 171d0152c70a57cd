package org.palermo.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.palermo.profiles.CountryProfile;
import org.palermo.profiles.CountryProfiles;
import org.palermo.profiles.ProfileGraphics;
import org.palermo.profiles.ProfileOverview;
import org.palermo.profiles.TopSections;
import org.palermo.registries.TreatyRegistry;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A country report: the top of the country profile (Protocol standing with every source, tier history, trends of
 * detected victims, prosecutions and convictions, main counterparts on a map, laws and institutions, checklist,
 * technical assistance, court decisions, registries), then the detail (figures by year, every treaty entry, what
 * the sources say), then what is missing and how to add it. The same HTML becomes the PDF (openhtmltopdf with
 * Batik), with the drawings as SVG drawn on the server.
 */
@Service
public class CountryReport {

    private final CountryProfiles profiles;
    private final TreatyRegistry treaty;
    private final ITemplateEngine templates;

    CountryReport(CountryProfiles profiles, TreatyRegistry treaty, ITemplateEngine templates) {
        this.profiles = profiles;
        this.treaty = treaty;
        this.templates = templates;
    }

    /** The files written by {@link #write}. */
    public record Written(Path html, Path pdf, int pdfBytes, boolean empty) {
    }

    public Written write(String iso3, Path dir) {
        try {
            Files.createDirectories(dir);
            CountryProfile p = profiles.profile(iso3, false);
            String html = html(p, true);
            Path h = dir.resolve("country-report-" + p.iso3() + ".html");
            Path f = dir.resolve("country-report-" + p.iso3() + ".pdf");
            Files.writeString(h, html, StandardCharsets.UTF_8);
            byte[] pdf = render(html);
            Files.write(f, pdf);
            return new Written(h, f, pdf.length, isEmpty(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a page of this site: its stylesheet linked, as every page's is (the CSP allows no other). */
    public String html(String iso3) {
        return html(profiles.profile(iso3, false), false);
    }

    public byte[] pdf(String iso3) {
        return render(html(profiles.profile(iso3, false), true));
    }

    /** Nothing at all to report: no treaty record, no figure, no reviewed fact (a data directory the server never loaded). */
    static boolean isEmpty(CountryProfile p) {
        ProfileOverview o = p.overview();
        return o.protocol().missing() != null && o.tiers().years().isEmpty() && o.trends().stream().allMatch(t -> t.latest() == null)
                && p.roles().isEmpty() && p.events().isEmpty();
    }

    /**
     * @param standalone true: the stylesheet embedded, for a file read on its own and for the PDF renderer (which reads
     *                   no other file); false: linked, for the page served here
     */
    String html(CountryProfile p, boolean standalone) {
        Context ctx = new Context();
        ctx.setVariables(model(p));
        ctx.setVariable("css", standalone ? STYLESHEET : null);
        return templates.process("reports/country", ctx);
    }

    private static final String STYLESHEET = stylesheet();

    private static String stylesheet() {
        try (java.io.InputStream in = CountryReport.class.getClassLoader().getResourceAsStream("static/css/country-report.css")) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource static/css/country-report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> model(CountryProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", p);
        m.put("o", p.overview());
        m.put("g", ProfileGraphics.drawings(p));
        m.put("generated", Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC");
        m.put("treaty", treaty.country(p.iso3(), LocalDate.now()));
        m.put("top", TopSections.of(p));
        // figures by year for the three trends, as a table
        List<Integer> years = p.overview().trends().stream().flatMap(t -> t.points().stream()).map(ProfileOverview.Point::year)
                .distinct().sorted().toList();
        List<List<String>> rows = new ArrayList<>();
        for (int y : years) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(y));
            for (ProfileOverview.Trend t : p.overview().trends()) {
                row.add(t.points().stream().filter(x -> x.year() == y).map(x -> x.valueText() == null ? "–" : x.valueText())
                        .findFirst().orElse("–"));
            }
            rows.add(row);
        }
        m.put("figureRows", rows);
        m.put("empty", isEmpty(p));
        return m;
    }

    static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser()
                    .settings(org.jsoup.parser.ParseSettings.preserveCase)));
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
}
