package org.palermo.profiles;

import java.util.List;
import java.util.Locale;

import org.palermo.registries.RegistryCharts;

/**
 * The small drawings of the checklist and assistance cards, as SVG drawn on the server (the page, the report and its
 * PDF show the same thing, with no script and no inline style): a progress bar with the subregion's and region's
 * means as ticks, a count bar, and a strip of rounds. Each carries {@code role="img"} and an {@code aria-label}
 * saying in words what it shows; the numbers are also printed beside it.
 */
final class CardGraphics {

    static final String FILL = "#0b5cad";
    static final String TRACK = "#e3e8ef";
    static final String SUBREGION_TICK = "#1d2433";
    static final String REGION_TICK = "#e08a2c";

    private CardGraphics() {
    }

    /**
     * A share between 0 and 1 as a bar ({@code null}: an empty track), with a dark tick at the subregion's mean and an
     * orange one at the region's (either may be null).
     */
    static String progressBar(Double share, Double subregion, Double region, String label) {
        int w = 96;
        int h = 12;
        StringBuilder s = open("bar progress-bar", w, h, label);
        s.append(rect(0, 2, w, h - 4, TRACK));
        if (share != null) {
            s.append(rect(0, 2, Math.max(share > 0 ? 1.5 : 0, w * clamp(share)), h - 4, FILL));
        }
        tick(s, region, w, h, REGION_TICK);
        tick(s, subregion, w, h, SUBREGION_TICK);
        return s.append("</svg>").toString();
    }

    /** A count out of a whole (projects covering a pillar, of all the country's projects). */
    static String countBar(long count, long whole, String label) {
        int w = 96;
        int h = 10;
        StringBuilder s = open("bar count-bar", w, h, label);
        s.append(rect(0, 1, w, h - 2, TRACK));
        if (whole > 0) {
            s.append(rect(0, 1, Math.max(count > 0 ? 1.5 : 0, w * clamp((double) count / whole)), h - 2, FILL));
        }
        return s.append("</svg>").toString();
    }

    /** A round's name and its overall progress (0–1, null when nothing was answered). */
    record RoundShare(String round, Double overall) {
    }

    /**
     * One small box per round, oldest first, shaded by its overall progress and labelled with it; the round's name is
     * in the box's title (the strip stands beside the latest round's name, where a line of names would not fit).
     */
    static String roundStrip(List<RoundShare> rounds, String label) {
        int box = 36;
        int gap = 3;
        int w = rounds.size() * (box + gap) - gap;
        int h = 16;
        StringBuilder s = open("round-strip", w, h, label);
        for (int i = 0; i < rounds.size(); i++) {
            RoundShare r = rounds.get(i);
            int x = i * (box + gap);
            double share = r.overall() == null ? 0 : clamp(r.overall());
            s.append("<g class=\"round-box\"><title>").append(RegistryCharts.escape(r.round() + ": " + ChecklistCard.percent(r.overall())))
                    .append("</title>");
            s.append(String.format(Locale.ROOT, "<rect x=\"%d.5\" y=\"0.5\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\" stroke=\"#8891a0\"/>",
                    x, box - 1, h - 1, shade(share)));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\" font-size=\"10\" font-family=\"sans-serif\" text-anchor=\"middle\" "
                    + "fill=\"%s\">%s</text></g>", x + box / 2, share > 0.5 ? "#ffffff" : "#1d2433", ChecklistCard.percent(r.overall())));
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String cls, int w, int h, String label) {
        String l = RegistryCharts.escape(label);
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-label=\"%s\"%s><title>%s</title>", cls, w, h, w, h, l,
                cls.startsWith("bar") ? " preserveAspectRatio=\"none\"" : "", l));
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, w, h, fill);
    }

    private static void tick(StringBuilder s, Double mean, int w, int h, String colour) {
        if (mean != null) {
            double x = Math.min(w - 1, Math.max(1, w * clamp(mean)));
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"0\" width=\"2\" height=\"%d\" fill=\"%s\"/>", x - 1, h, colour));
        }
    }

    /** From the track's pale blue to the bar's blue. */
    private static String shade(double share) {
        int[] from = {0xe3, 0xe8, 0xef};
        int[] to = {0x0b, 0x5c, 0xad};
        StringBuilder c = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            c.append(String.format(Locale.ROOT, "%02x", (int) Math.round(from[i] + (to[i] - from[i]) * share)));
        }
        return c.toString();
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }
}
