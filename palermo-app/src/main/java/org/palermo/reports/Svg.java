package org.palermo.reports;

import java.util.List;
import java.util.Locale;

/** Small SVG charts for the report: horizontal bars and lines over years. */
final class Svg {

    private Svg() {
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Horizontal bars: one per label, value printed at the bar's end. */
    static String bars(List<String> labels, List<Double> values, String colour, String unit, boolean percent) {
        int rowH = 18;
        int labelW = 210;
        int width = 640;
        int height = labels.size() * rowH + 10;
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        max = max <= 0 ? 1 : max;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">", width, height, width, height));
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            double w = (width - labelW - 70) * v / max;
            int y = 5 + i * rowH;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" fill=\"#1d2433\">%s</text>",
                    labelW - 6, y + 12, escape(labels.get(i))));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", labelW, y + 2, Math.max(0.5, w), rowH - 5, colour));
            String text = percent ? String.format(Locale.ROOT, "%.1f %%", v * 100) : (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#5b6475\">%s%s</text>",
                    labelW + w + 4, y + 12, text, unit == null ? "" : " " + escape(unit)));
        }
        return s.append("</svg>").toString();
    }

    /** Lines over years, each series its own colour, with a legend. */
    static String lines(List<Integer> years, List<String> names, List<List<Integer>> series, List<String> colours) {
        int width = 640;
        int height = 260;
        int left = 45;
        int right = 15;
        int bottom = 30;
        // legend entries flow left to right and wrap; their width is estimated from the name (11 px type ≈ 6 px a character)
        int[][] legend = new int[names.size()][2];
        int lx = left;
        int ly = 17;
        for (int k = 0; k < names.size(); k++) {
            int w = 14 + 6 * names.get(k).length() + 16;
            if (lx > left && lx + w > width - right) {
                lx = left;
                ly += 16;
            }
            legend[k] = new int[] {lx, ly};
            lx += w;
        }
        int top = ly + 13;
        int max = series.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(1);
        max = Math.max(1, niceCeil(max));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">", width, height, width, height));
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        for (int t = 0; t <= 4; t++) {
            double y = top + plotH - plotH * t / 4;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d9dee7\" stroke-width=\"0.6\"/>", left, width - right, y, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#5b6475\">%d</text>", left - 4, y + 3, max * t / 4));
        }
        int n = years.size();
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            if (n <= 20 || i % 2 == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6475\">%d</text>", x, height - 10, years.get(i)));
            }
        }
        for (int k = 0; k < series.size(); k++) {
            StringBuilder points = new StringBuilder();
            List<Integer> v = series.get(k);
            for (int i = 0; i < n; i++) {
                double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
                double y = top + plotH - plotH * v.get(i) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colours.get(k)).append("\" points=\"").append(points.toString().strip()).append("\"/>");
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#1d2433\">%s</text>",
                    legend[k][0], legend[k][1] - 9, colours.get(k), legend[k][0] + 14, legend[k][1], escape(names.get(k))));
        }
        return s.append("</svg>").toString();
    }

    private static int niceCeil(int v) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, v))));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return (int) Math.ceil(m * p);
            }
        }
        return v;
    }
}
