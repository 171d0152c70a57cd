package org.palermo.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A stored fact with its provenance and review status, as the API and the review queue show it. */
public record FactRow(
        long id, String type, String status, String country, String org,
        String role, String counterpart, List<String> forms, @JsonProperty("victim_groups") List<String> victimGroups,
        String metric, Double value, String qualifier, String unit,
        @JsonProperty("period_from") String periodFrom, @JsonProperty("period_to") String periodTo,
        String event, String date, Integer year,
        String quote, Integer start, Integer end, String paragraph, double confidence, String rule, String extractor,
        @JsonProperty("document_id") Long documentId, @JsonProperty("source_id") long sourceId,
        @JsonProperty("source") String sourceName) {

    static final String SELECT = """
            select f.id, f.type, f.status, f.country, f.org, f.role, f.counterpart, f.forms, f.victim_groups,
                   f.metric, f.value, f.qualifier, f.unit, f.period_from, f.period_to, f.event, f.event_date, f.year,
                   f.quote, f.start_offset, f.end_offset, f.paragraph, f.confidence, f.rule, f.extractor,
                   f.document_id, f.source_id, s.name
            from fact f join source s on s.id = f.source_id
            """;

    static FactRow map(ResultSet rs, int i) throws SQLException {
        return new FactRow(rs.getLong(1), rs.getString(2), rs.getString(3), trim(rs.getString(4)), rs.getString(5),
                rs.getString(6), trim(rs.getString(7)), list(rs.getArray(8)), list(rs.getArray(9)),
                rs.getString(10), rs.getObject(11) == null ? null : rs.getDouble(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getObject(18) == null ? null : rs.getInt(18),
                rs.getString(19), rs.getObject(20) == null ? null : rs.getInt(20),
                rs.getObject(21) == null ? null : rs.getInt(21), rs.getString(22), rs.getFloat(23),
                rs.getString(24), rs.getString(25), rs.getObject(26) == null ? null : rs.getLong(26), rs.getLong(27),
                rs.getString(28));
    }

    public boolean isReviewed() {
        return status.equals("ACCEPTED") || status.equals("CORRECTED");
    }

    private static List<String> list(java.sql.Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
