package org.palermo.facts;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Google Alerts entries (title, link, date, snippet) as documents of their outlets. The outlet is the web site
 * the alert links to — Google's redirect carries the article's address in its {@code url} parameter — taken
 * down to its registrable domain ({@code news.yahoo.com} and {@code yahoo.com} are one publisher;
 * {@code iol.co.za} keeps its country suffix). Its name is what the alerts' titles call it after the last
 * " - " ("… - Daily Local"), preferring a name that spells the domain ("Daily Local" for {@code dailylocal.com})
 * over the bylines and taglines titles sometimes end with; a site no title names is called by its domain.
 */
final class NewsAlerts {

    /** One alert as a document: key {@code news-NNNN} (its row, from 0), text = title, a blank line, snippet. */
    record Alert(String key, String title, String text, String url, String published, String domain) {
    }

    /** An outlet: the source its alerts are filed under. */
    record Outlet(String domain, String name) {
        String sourceName() {
            return name.equalsIgnoreCase(domain) ? domain : name + " (" + domain + ")";
        }
    }

    /** Second-level labels under which a country's sites register their names (bbc.co.uk, iol.co.za, abc.net.au). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob",
            "nic", "gv", "info");
    private static final Pattern TAGLINE = Pattern.compile(" [–—|] ");

    private final List<Alert> alerts;
    private final Map<String, Outlet> outlets;

    private NewsAlerts(List<Alert> alerts, Map<String, Outlet> outlets) {
        this.alerts = alerts;
        this.outlets = outlets;
    }

    List<Alert> alerts() {
        return alerts;
    }

    Outlet outlet(Alert alert) {
        return outlets.get(alert.domain());
    }

    int outletCount() {
        return outlets.size();
    }

    /** Reads the rows of {@code google_alerts_flat.csv} (header included). */
    static NewsAlerts of(List<List<String>> rows) {
        List<String> header = rows.get(0);
        int title = header.indexOf("title");
        int url = header.indexOf("google_url");
        int published = header.indexOf("published");
        int snippet = header.indexOf("summary_snippet");
        if (title < 0 || url < 0 || snippet < 0) {
            throw new IllegalStateException("not a Google Alerts export: the header has no title, google_url or summary_snippet");
        }
        List<Alert> alerts = new ArrayList<>();
        Map<String, Map<String, Integer>> namesByDomain = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() <= Math.max(title, Math.max(url, snippet))) {
                continue;
            }
            String t = r.get(title).strip();
            String article = articleUrl(r.get(url));
            String domain = domain(article);
            alerts.add(new Alert("news-%04d".formatted(i - 1), t, t + "\n\n" + r.get(snippet).strip(), article,
                    published < 0 ? null : r.get(published), domain));
            int dash = t.lastIndexOf(" - ");
            Map<String, Integer> names = namesByDomain.computeIfAbsent(domain, d -> new LinkedHashMap<>());
            if (dash > 0) {
                String suffix = t.substring(dash + 3).strip();
                for (String part : TAGLINE.split(suffix)) {
                    if (!part.isBlank() && part.length() <= 60) {
                        names.merge(part.strip(), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Outlet> outlets = new HashMap<>();
        namesByDomain.forEach((domain, names) -> outlets.put(domain, new Outlet(domain, name(domain, names))));
        return new NewsAlerts(alerts, outlets);
    }

    /** The name that spells the domain's own label if there is one, else the most frequent, else the domain itself. */
    static String name(String domain, Map<String, Integer> names) {
        String label = squash(domain.substring(0, domain.indexOf('.') < 0 ? domain.length() : domain.indexOf('.')));
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            String s = squash(e.getKey());
            boolean spellsDomain = label.length() >= 3 && s.length() >= 3 && (s.contains(label) || label.contains(s));
            int score = e.getValue() + (spellsDomain ? 1000 : 0);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        // a name seen once that does not spell the domain is as likely a byline as the outlet's name
        return best == null || bestScore < 2 ? domain : best;
    }

    /** The article's address inside Google's redirect link (its {@code url} parameter), or the link itself. */
    static String articleUrl(String link) {
        try {
            String query = URI.create(link.strip()).getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.startsWith("url=")) {
                        return URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IllegalArgumentException notAUri) {
            // fall through: the link as given
        }
        return link.strip();
    }

    /** The registrable domain of an address: {@code www.}, {@code m.} and other subdomains dropped. */
    static String domain(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null || host.isBlank()) {
            return "unknown outlet";
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return String.join(".", labels);
        }
        int keep = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
