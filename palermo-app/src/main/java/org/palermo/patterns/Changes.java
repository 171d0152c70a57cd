package org.palermo.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.springframework.stereotype.Service;

/**
 * "What changed" between two periods (seed 000 ¶79): flows reported in the later period and not in the
 * earlier one (new destinations, new origins) and the reverse, and roles that appeared or disappeared.
 * "Not reported" is not "not happening": a pair missing from a period may only be missing from its sources.
 */
@Service
public class Changes {

    private final FlowMatrix flows;
    private final CitationIndex citations;

    Changes(FlowMatrix flows, CitationIndex citations) {
        this.flows = flows;
        this.citations = citations;
    }

    public record Change(String kind, String country, @JsonProperty("country_name") String countryName, String role,
                         String origin, @JsonProperty("origin_name") String originName, String destination,
                         @JsonProperty("destination_name") String destinationName,
                         @JsonProperty("sources_before") int sourcesBefore, @JsonProperty("sources_after") int sourcesAfter) {
    }

    public record Result(String before, String after, String country, List<Change> changes, Map<String, Integer> counts,
                         long dataVersion) {
    }

    public Result between(Period before, Period after, String country, Basis basis) {
        String c = FlowQuery.country(country);
        List<Change> changes = new ArrayList<>();
        Fresh<List<Flow>> a = flows.flows(new FlowQuery(before, null, null, c, basis));
        Fresh<List<Flow>> b = flows.flows(new FlowQuery(after, null, null, c, basis));
        Map<String, Flow> inA = byPair(a.value());
        Map<String, Flow> inB = byPair(b.value());
        inB.forEach((k, f) -> {
            if (!inA.containsKey(k)) {
                changes.add(flow("NEW_FLOW", f, 0, f.sources()));
            }
        });
        inA.forEach((k, f) -> {
            if (!inB.containsKey(k)) {
                changes.add(flow("FLOW_NO_LONGER_REPORTED", f, f.sources(), 0));
            }
        });
        for (String role : List.of("ORIGIN", "TRANSIT", "DESTINATION")) {
            Map<String, CitationEntry> ra = byCountry(citations.compute(role, basis, before, Counting.SOURCES).value());
            Map<String, CitationEntry> rb = byCountry(citations.compute(role, basis, after, Counting.SOURCES).value());
            rb.forEach((iso3, e) -> {
                if (!ra.containsKey(iso3) && (c == null || c.equals(iso3))) {
                    changes.add(role("ROLE_APPEARED", iso3, role, 0, e.sources()));
                }
            });
            ra.forEach((iso3, e) -> {
                if (!rb.containsKey(iso3) && (c == null || c.equals(iso3))) {
                    changes.add(role("ROLE_DISAPPEARED", iso3, role, e.sources(), 0));
                }
            });
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(ch -> -Math.max(ch.sourcesBefore(), ch.sourcesAfter()))
                .thenComparing(ch -> String.valueOf(ch.country()) + ch.origin() + ch.destination()));
        Map<String, Integer> counts = new HashMap<>();
        changes.forEach(ch -> counts.merge(ch.kind(), 1, Integer::sum));
        return new Result(before.label(), after.label(), c, changes, counts, Math.max(a.dataVersion(), b.dataVersion()));
    }

    private static Map<String, Flow> byPair(List<Flow> flows) {
        Map<String, Flow> m = new HashMap<>();
        flows.forEach(f -> m.put(f.origin() + ">" + f.destination(), f));
        return m;
    }

    private static Map<String, CitationEntry> byCountry(List<CitationEntry> entries) {
        Map<String, CitationEntry> m = new HashMap<>();
        entries.forEach(e -> m.put(e.country(), e));
        return m;
    }

    private static Change flow(String kind, Flow f, int before, int after) {
        return new Change(kind, null, null, null, f.origin(), f.originName(), f.destination(), f.destinationName(),
                before, after);
    }

    private static Change role(String kind, String iso3, String role, int before, int after) {
        String name = Countries.bundled().byIso3(iso3).map(x -> x.name()).orElse(iso3);
        return new Change(kind, iso3, name, role, null, null, null, null, before, after);
    }
}
