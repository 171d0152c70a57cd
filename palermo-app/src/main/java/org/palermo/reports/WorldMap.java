package org.palermo.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.palermo.reference.Countries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * World maps drawn as SVG on the server, for the report (a PDF cannot run the pages' scripts). The
 * boundaries are the bundled Natural Earth 1:110m polygons in an equirectangular projection without
 * Antarctica; arcs start at each country's reference point from {@code world-countries.json}.
 */
final class WorldMap {

    static final int WIDTH = 900;
    static final int HEIGHT = 390;
    private static final double TOP = 84;
    private static final double BOTTOM = -58;

    private final Map<String, String> outlines;
    private final Map<String, double[]> centres;

    private WorldMap(Map<String, String> outlines, Map<String, double[]> centres) {
        this.outlines = outlines;
        this.centres = centres;
    }

    private static final class Bundled {
        static final WorldMap INSTANCE = read();
    }

    static WorldMap bundled() {
        return Bundled.INSTANCE;
    }

    static double x(double lon) {
        return (lon + 180) / 360 * WIDTH;
    }

    static double y(double lat) {
        return (TOP - Math.max(BOTTOM, Math.min(TOP, lat))) / (TOP - BOTTOM) * HEIGHT;
    }

    /** A choropleth: {@code classOf} gives each ISO3 a fill colour, or null for "no data". */
    String choropleth(Function<String, String> fillOf, String title) {
        StringBuilder svg = open(title);
        outlines.forEach((iso3, d) -> {
            String fill = fillOf.apply(iso3);
            svg.append("<path d=\"").append(d).append("\" fill=\"").append(fill == null ? "#e2e6ec" : fill)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"0.4\"/>");
        });
        return svg.append("</svg>").toString();
    }

    /** Arcs from origin to destination, width by weight (0–1), over grey land. */
    String arcs(List<String[]> pairs, List<Double> weights, String title) {
        StringBuilder svg = open(title);
        outlines.values().forEach(d -> svg.append("<path d=\"").append(d).append("\" fill=\"#e2e6ec\" stroke=\"#ffffff\" stroke-width=\"0.4\"/>"));
        for (int i = pairs.size() - 1; i >= 0; i--) {
            double[] a = centres.get(pairs.get(i)[0]);
            double[] b = centres.get(pairs.get(i)[1]);
            if (a == null || b == null) {
                continue;
            }
            double w = weights.get(i);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double mx = (a[0] + b[0]) / 2 - dy * 0.2;
            double my = (a[1] + b[1]) / 2 + dx * 0.2;
            svg.append(String.format(Locale.ROOT,
                    "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\" stroke-opacity=\"%.2f\" stroke-width=\"%.2f\"/>",
                    a[0], a[1], mx, my, b[0], b[1], w > 0.8 ? "#b2182b" : "#ef8a62", 0.35 + 0.5 * w, 0.5 + 2.0 * w));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\" fill=\"#7a1f5c\"/>", b[0], b[1]));
        }
        return svg.append("</svg>").toString();
    }

    boolean canDraw(String iso3) {
        return centres.containsKey(iso3);
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"170mm\" height=\"").append(String.format(Locale.ROOT, "%.1fmm", 170.0 * HEIGHT / WIDTH))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">")
                .append("<title>").append(Svg.escape(title)).append("</title>")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#eef3f8\"/>");
        return svg;
    }

    private static WorldMap read() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> byNumeric = new HashMap<>();
        Countries.bundled().all().forEach(c -> byNumeric.put(c.numeric(), c.iso3()));
        Map<String, String> outlines = new HashMap<>();
        JsonNode geo = json.readTree(resource("static/geo/countries-110m.geojson"));
        for (JsonNode f : geo.get("features")) {
            String iso3 = byNumeric.get(f.path("id").asString(""));
            if (iso3 == null || iso3.equals("ATA")) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            JsonNode g = f.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (g.get("type").asString().equals("Polygon")) {
                polygons.add(g.get("coordinates"));
            } else {
                g.get("coordinates").forEach(polygons::add);
            }
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    boolean first = true;
                    double lastLon = 0;
                    for (JsonNode p : ring) {
                        double lon = p.get(0).asDouble();
                        // a ring crossing the antimeridian jumps from +180 to -180: start a new piece there
                        boolean jump = !first && Math.abs(lon - lastLon) > 180;
                        d.append(first || jump ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x(lon), y(p.get(1).asDouble())));
                        first = false;
                        lastLon = lon;
                    }
                    d.append('Z');
                }
            }
            outlines.put(iso3, d.toString());
        }
        Map<String, double[]> centres = new HashMap<>();
        for (JsonNode c : json.readTree(resource("data/reference/world-countries.json"))) {
            JsonNode ll = c.get("latlng");
            if (ll != null && ll.size() == 2) {
                centres.put(c.get("cca3").asString(), new double[] {x(ll.get(1).asDouble()), y(ll.get(0).asDouble())});
            }
        }
        return new WorldMap(outlines, centres);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WorldMap.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
