package org.palermo.caselaw;

import java.util.List;
import java.util.Map;

/**
 * A case-law search: words (Lucene simple syntax: {@code "quoted phrases"}, {@code +must},
 * {@code -not}; words are otherwise optional and ranked), filters by facet dimension (values of one
 * dimension are alternatives, dimensions combine), order and page (from 1).
 */
public record CaseQuery(String q, Map<String, List<String>> filters, Order order, int page, int size) {

    public enum Order { RELEVANCE, DATE }

    public CaseQuery {
        q = q == null ? "" : q.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        order = order == null ? Order.RELEVANCE : order;
    }

    public static CaseQuery words(String q) {
        return new CaseQuery(q, Map.of(), Order.RELEVANCE, 1, 20);
    }
}
