package org.palermo.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.palermo.reference.Countries;
import org.palermo.registries.RegistryCharts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small drawings at the top of a profile, as SVG drawn on the server (the page, the country report and its PDF
 * show the same thing without a script): a trend line per indicator and a map of the main counterparts.
 */
public final class ProfileGraphics {

    public static final String ORIGIN_COLOUR = "#e08a2c";
    public static final String DESTINATION_COLOUR = "#7a1f5c";
    public static final String BOTH_COLOUR = "#b0475a";
    public static final String SUBJECT_COLOUR = "#0b5cad";

    private ProfileGraphics() {
    }

    /** The drawings of the top of a profile: the tier strip, one trend line per indicator, the counterpart map. */
    public record Drawings(String tierStrip, List<String> sparklines, String map) {
    }

    public static Drawings drawings(CountryProfile p) {
        ProfileOverview o = p.overview();
        return new Drawings(RegistryCharts.tierStrip(o.tiers().years()),
                o.trends().stream().map(ProfileGraphics::sparkline).toList(),
                counterpartMap(p.iso3(), o.counterparts()));
    }

    /**
     * A small line over the years: gaps where a figure is suppressed ("&lt;5"), conflicting or not published; a dot
     * and the figure at the latest year; the first and last years below.
     */
    public static String sparkline(ProfileOverview.Trend trend) {
        List<ProfileOverview.Point> points = trend.points();
        if (trend.latest() == null || points.isEmpty()) {
            return "";
        }
        int width = 220;
        int height = 54;
        int left = 4;
        int right = 46;
        int top = 6;
        int bottom = 16;
        long max = points.stream().filter(p -> p.value() != null).mapToLong(ProfileOverview.Point::value).max().orElse(1);
        max = Math.max(1, max);
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        int n = points.size();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width, height, width, height));
        s.append("<title>").append(RegistryCharts.escape(trend.indicator() + ", " + points.get(0).year() + "–" + points.get(n - 1).year()))
                .append("</title>");
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d9dee7\"/>",
                left, left + plotW, top + plotH, top + plotH));
        StringBuilder segment = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < n; i++) {
            ProfileOverview.Point p = points.get(i);
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            if (p.value() == null) {
                flush(s, segment);
                continue;
            }
            double y = top + plotH - plotH * p.value() / max;
            segment.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" fill=\"#0b5cad\"><title>%d: %s</title></circle>",
                    x, y, p.year(), RegistryCharts.escape(p.valueText())));
            if (p == trend.latest()) {
                lastX = x;
                lastY = y;
            }
        }
        flush(s, segment);
        if (trend.latest().value() != null) {
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#0b5cad\"/>", lastX, lastY));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-family=\"sans-serif\" font-weight=\"bold\" fill=\"#1d2433\">%s</text>",
                left + plotW + 5, Math.max(12, Math.min(height - bottom, lastY + 4)), RegistryCharts.escape(trend.latest().valueText())));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" font-family=\"sans-serif\" fill=\"#5b6475\">%d</text>",
                left, height - 3, points.get(0).year()));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" font-family=\"sans-serif\" text-anchor=\"end\" fill=\"#5b6475\">%d</text>",
                left + plotW, height - 3, points.get(n - 1).year()));
        return s.append("</svg>").toString();
    }

    private static void flush(StringBuilder svg, StringBuilder segment) {
        if (segment.length() > 0) {
            svg.append("<polyline fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"1.8\" points=\"").append(segment.toString().strip()).append("\"/>");
            segment.setLength(0);
        }
    }

    /**
     * A map of the region holding the country and its main counterparts: the country in blue, countries victims come
     * from in orange, countries its victims go to in purple (both: red), framed to fit them.
     */
    public static String counterpartMap(String iso3, ProfileOverview.Counterparts counterparts) {
        Map<String, String> fills = new LinkedHashMap<>();
        counterparts.origins().forEach(c -> fills.put(c.iso3(), ORIGIN_COLOUR));
        counterparts.destinations().forEach(c -> fills.merge(c.iso3(), DESTINATION_COLOUR, (a, b) -> BOTH_COLOUR));
        if (fills.isEmpty()) {
            return "";
        }
        fills.put(iso3, SUBJECT_COLOUR);
        Geo geo = Geo.bundled();
        double minLon = 180;
        double maxLon = -180;
        double minLat = 90;
        double maxLat = -90;
        for (String c : fills.keySet()) {
            double[] ll = geo.centres.get(c);
            if (ll == null) {
                continue;
            }
            minLon = Math.min(minLon, ll[0]);
            maxLon = Math.max(maxLon, ll[0]);
            minLat = Math.min(minLat, ll[1]);
            maxLat = Math.max(maxLat, ll[1]);
        }
        if (minLon > maxLon) {
            return "";
        }
        // pad, and keep at least 40° by 25° so that a country and its neighbours are recognisable
        double padLon = Math.max(8, (maxLon - minLon) * 0.15);
        double padLat = Math.max(6, (maxLat - minLat) * 0.15);
        minLon -= padLon;
        maxLon += padLon;
        minLat -= padLat;
        maxLat += padLat;
        if (maxLon - minLon < 40) {
            double mid = (minLon + maxLon) / 2;
            minLon = mid - 20;
            maxLon = mid + 20;
        }
        if (maxLat - minLat < 25) {
            double mid = (minLat + maxLat) / 2;
            minLat = mid - 12.5;
            maxLat = mid + 12.5;
        }
        minLon = Math.max(-180, minLon);
        maxLon = Math.min(180, maxLon);
        minLat = Math.max(-60, minLat);
        maxLat = Math.min(85, maxLat);
        double width = 360;
        // equirectangular, corrected for the middle latitude so shapes are not stretched
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double height = Math.max(120, Math.min(300, width * (maxLat - minLat) / ((maxLon - minLon) * k)));
        double sx = width / (maxLon - minLon);
        double sy = height / (maxLat - minLat);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"counterpart-map\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\">"
                        + "<title>Main counterparts in flows</title><rect width=\"%.0f\" height=\"%.0f\" fill=\"#eef3f8\"/>",
                width, height, width, height, width, height));
        for (Map.Entry<String, List<double[][]>> e : geo.rings.entrySet()) {
            double[] box = geo.boxes.get(e.getKey());
            if (box[2] < minLon || box[0] > maxLon || box[3] < minLat || box[1] > maxLat) {
                continue;
            }
            String fill = fills.getOrDefault(e.getKey(), "#dde2ea");
            StringBuilder d = new StringBuilder();
            for (double[][] ring : e.getValue()) {
                boolean first = true;
                double lastLon = 0;
                for (double[] p : ring) {
                    boolean jump = !first && Math.abs(p[0] - lastLon) > 180;
                    d.append(first || jump ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f",
                            (p[0] - minLon) * sx, (maxLat - p[1]) * sy));
                    first = false;
                    lastLon = p[0];
                }
                d.append('Z');
            }
            s.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"0.5\">")
                    .append("<title>").append(RegistryCharts.escape(Countries.bundled().byIso3(e.getKey()).map(c -> c.name()).orElse(e.getKey())))
                    .append("</title></path>");
        }
        // small countries (islands, city states) have no outline at this scale: a dot at their centre
        for (Map.Entry<String, String> f : fills.entrySet()) {
            double[] ll = geo.centres.get(f.getKey());
            if (ll != null && !geo.rings.containsKey(f.getKey())) {
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" stroke=\"#ffffff\"/>",
                        (ll[0] - minLon) * sx, (maxLat - ll[1]) * sy, f.getValue()));
            }
        }
        return s.append("</svg>").toString();
    }

    /** The bundled Natural Earth 1:110m outlines (lon/lat rings) and each country's reference point. */
    private static final class Geo {
        final Map<String, List<double[][]>> rings;
        final Map<String, double[]> boxes;
        final Map<String, double[]> centres;

        private Geo(Map<String, List<double[][]>> rings, Map<String, double[]> boxes, Map<String, double[]> centres) {
            this.rings = rings;
            this.boxes = boxes;
            this.centres = centres;
        }

        private static final class Holder {
            static final Geo INSTANCE = read();
        }

        static Geo bundled() {
            return Holder.INSTANCE;
        }

        private static Geo read() {
            JsonMapper json = JsonMapper.builder().build();
            Map<String, String> byNumeric = new HashMap<>();
            Countries.bundled().all().forEach(c -> byNumeric.put(c.numeric(), c.iso3()));
            Map<String, List<double[][]>> rings = new HashMap<>();
            Map<String, double[]> boxes = new HashMap<>();
            for (JsonNode f : json.readTree(resource("static/geo/countries-110m.geojson")).get("features")) {
                String iso3 = byNumeric.get(f.path("id").asString(""));
                if (iso3 == null || iso3.equals("ATA")) {
                    continue;
                }
                JsonNode g = f.get("geometry");
                List<JsonNode> polygons = new ArrayList<>();
                if (g.get("type").asString().equals("Polygon")) {
                    polygons.add(g.get("coordinates"));
                } else {
                    g.get("coordinates").forEach(polygons::add);
                }
                List<double[][]> list = new ArrayList<>();
                double[] box = {180, 90, -180, -90};
                for (JsonNode polygon : polygons) {
                    for (JsonNode ring : polygon) {
                        double[][] pts = new double[ring.size()][];
                        for (int i = 0; i < ring.size(); i++) {
                            double lon = ring.get(i).get(0).asDouble();
                            double lat = ring.get(i).get(1).asDouble();
                            pts[i] = new double[] {lon, lat};
                            box[0] = Math.min(box[0], lon);
                            box[1] = Math.min(box[1], lat);
                            box[2] = Math.max(box[2], lon);
                            box[3] = Math.max(box[3], lat);
                        }
                        list.add(pts);
                    }
                }
                rings.put(iso3, list);
                boxes.put(iso3, box);
            }
            Map<String, double[]> centres = new HashMap<>();
            for (JsonNode c : json.readTree(resource("data/reference/world-countries.json"))) {
                JsonNode ll = c.get("latlng");
                if (ll != null && ll.size() == 2) {
                    centres.put(c.get("cca3").asString(), new double[] {ll.get(1).asDouble(), ll.get(0).asDouble()});
                }
            }
            return new Geo(rings, boxes, centres);
        }

        private static byte[] resource(String name) {
            try (InputStream in = ProfileGraphics.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing bundled resource " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
