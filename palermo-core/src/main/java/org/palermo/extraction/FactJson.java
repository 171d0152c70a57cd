package org.palermo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of CONTRACTS.md §2, as an ordered map (nulls kept: unknown is null, never guessed). */
final class FactJson {

    private FactJson() {
    }

    static Map<String, Object> of(String doc, Fact fact) {
        Map<String, Object> m = new LinkedHashMap<>();
        Evidence e = fact.evidence();
        m.put("doc", doc);
        m.put("type", fact.type());
        if (fact instanceof Statistic s) {
            m.put("country", s.country());
            m.put("org", s.org());
            m.put("period", period(s.period()));
            m.put("metric", s.metric().code());
            m.put("value", number(s.value()));
            m.put("qualifier", s.qualifier() == null ? null : s.qualifier().code());
            m.put("unit", s.unit());
        } else if (fact instanceof CountryRole r) {
            m.put("country", r.country());
            m.put("role", r.role().name());
            m.put("counterpart", r.counterpart());
            m.put("forms", names(r.forms()));
            m.put("victim_groups", names(r.victimGroups()));
        } else if (fact instanceof Event v) {
            m.put("country", v.country());
            m.put("event", v.event().name());
            m.put("date", v.date());
        }
        m.put("quote", e.quote());
        m.put("start", e.start());
        m.put("end", e.end());
        m.put("paragraph", e.paragraph());
        m.put("confidence", e.confidence());
        m.put("rule", e.rule());
        m.put("extractor", e.extractor());
        return m;
    }

    private static Map<String, Object> period(Period p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p == null ? null : p.from());
        m.put("to", p == null ? null : p.to());
        m.put("text", p == null ? null : p.text());
        return m;
    }

    /** 785 rather than 785.0; 0.1 stays 0.1. */
    static Object number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return v;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        return out;
    }
}
