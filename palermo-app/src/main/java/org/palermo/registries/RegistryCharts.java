package org.palermo.registries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small SVG drawings of the registries, drawn on the server so that the pages, the country report and its PDF show
 * the same thing without a script: the tier strip and the number of parties over time.
 */
public final class RegistryCharts {

    private RegistryCharts() {
    }

    /** Fill colour of a tier box: greens for Tiers 1 and 2, amber for the Watch List, red for Tier 3. */
    public static String colour(TierYear t) {
        if (t.tier() == null) {
            return t.specialCase() ? "#b8bec9" : "#ffffff";
        }
        return switch (t.tier()) {
            case TIER_1 -> "#1a7f3c";
            case TIER_2 -> "#8cc98f";
            case TIER_2_WATCH_LIST -> "#f0a030";
            case TIER_3 -> "#c62828";
        };
    }

    private static String shortLabel(TierYear t) {
        if (t.tier() == null) {
            return t.specialCase() ? "S" : "–";
        }
        return switch (t.tier()) {
            case TIER_1 -> "1";
            case TIER_2 -> "2";
            case TIER_2_WATCH_LIST -> "2W";
            case TIER_3 -> "3";
        };
    }

    /** One box per report year, labelled with the tier ("2W" = Tier 2 Watch List, "S" = special case), years below. */
    public static String tierStrip(List<TierYear> years) {
        if (years.isEmpty()) {
            return "";
        }
        int box = 30;
        int gap = 3;
        int width = years.size() * (box + gap) + 2;
        int height = box + 18;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tier-strip\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width, height, width, height));
        s.append("<title>US TIP report tiers ").append(years.get(0).year()).append('–').append(years.get(years.size() - 1).year()).append("</title>");
        for (int i = 0; i < years.size(); i++) {
            TierYear t = years.get(i);
            int x = 1 + i * (box + gap);
            String fill = colour(t);
            boolean dark = fill.equals("#1a7f3c") || fill.equals("#c62828");
            s.append("<g class=\"tier-year\" data-year=\"").append(t.year()).append("\">");
            s.append("<title>").append(escape(t.year() + ": " + t.label())).append("</title>");
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"1\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\" stroke=\"%s\"%s/>",
                    x, box, box, fill, t.recorded() ? "#5b6475" : "#aab1bd", t.recorded() ? "" : " stroke-dasharray=\"3 2\""));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-family=\"sans-serif\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                    x + box / 2, 1 + box / 2 + 4, dark ? "#ffffff" : "#1d2433", shortLabel(t)));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" font-family=\"sans-serif\" text-anchor=\"middle\" fill=\"#5b6475\">%s</text>",
                    x + box / 2, box + 14, "'" + String.valueOf(t.year()).substring(2)));
            s.append("</g>");
        }
        return s.append("</svg>").toString();
    }

    /** The registry's count of parties at the end of each year, and each data set's own count, as lines. */
    public static String parties(List<TreatyRegistry.PartiesCount> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        series.put("Parties (registry)", counts.stream().map(TreatyRegistry.PartiesCount::parties).toList());
        for (TreatyRegistry.PartiesCount c : counts) {
            c.bySource().keySet().forEach(k -> series.putIfAbsent(k, new ArrayList<>()));
        }
        for (String k : new ArrayList<>(series.keySet()).subList(1, series.size())) {
            List<Integer> v = new ArrayList<>();
            for (TreatyRegistry.PartiesCount c : counts) {
                v.add(c.bySource().get(k));
            }
            series.put(k, v);
        }
        int width = 640;
        int height = 250;
        int left = 40;
        int right = 12;
        int top = 14 + 16 * series.size();
        int bottom = 24;
        int max = series.values().stream().flatMap(List::stream).filter(v -> v != null).mapToInt(Integer::intValue).max().orElse(1);
        max = Math.max(10, (int) Math.ceil(max / 20.0) * 20);
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"parties-chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">"
                        + "<title>Parties to the Protocol at the end of each year</title>", width, height, width, height));
        for (int t = 0; t <= 4; t++) {
            double y = top + plotH - plotH * t / 4;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d9dee7\" stroke-width=\"0.6\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" font-family=\"sans-serif\" text-anchor=\"end\" fill=\"#5b6475\">%d</text>",
                    left, width - right, y, y, left - 4, y + 3, max * t / 4));
        }
        int n = counts.size();
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0 || n <= 14) {
                double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" font-family=\"sans-serif\" text-anchor=\"middle\" fill=\"#5b6475\">%d</text>",
                        x, height - 8, counts.get(i).year()));
            }
        }
        String[] colours = {"#0b5cad", "#d7301f", "#7a1f5c", "#31a354"};
        int k = 0;
        for (Map.Entry<String, List<Integer>> e : series.entrySet()) {
            String colour = colours[k % colours.length];
            StringBuilder points = new StringBuilder();
            List<Integer> v = e.getValue();
            for (int i = 0; i < n; i++) {
                if (v.get(i) == null) {
                    continue;
                }
                double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
                double y = top + plotH - plotH * v.get(i) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"").append(k == 0 ? "2.5" : "1.5").append("\" stroke=\"").append(colour)
                    .append(k == 0 ? "" : "\" stroke-dasharray=\"5 3").append("\" points=\"").append(points.toString().strip()).append("\"/>");
            int ly = 12 + 16 * k;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-family=\"sans-serif\" fill=\"#1d2433\">%s</text>",
                    left, ly - 5, colour, left + 18, ly, escape(e.getKey().length() > 95 ? e.getKey().substring(0, 94) + "…" : e.getKey())));
            k++;
        }
        return s.append("</svg>").toString();
    }

    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
