package org.palermo.accounts;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail. {@link #record} writes in the caller's transaction, so a change and its audit row
 * land together or not at all. The table refuses updates and deletes.
 */
@Component
public class Audit {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Audit(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    public void record(String action, String target, Object before, Object after) {
        write(Actors.currentName(), action, target, "OK", before, after, null);
    }

    /** A refused attempt (401/403, invalid input): kept so that attacks and mistakes show. */
    public void refused(String actor, String action, String target, String reason) {
        write(actor, action, target, "REFUSED", null, null, reason);
    }

    /** An action by a named actor outside a signed-in request (a sign-in, a start-up step). */
    public void recordAs(String actor, String action, String target, String detail) {
        write(actor, action, target, "OK", null, null, detail);
    }

    public List<AuditEntry> find(String action, String actor, int limit) {
        return jdbc.sql("""
                        select id, at, actor, action, target, outcome, before::text, after::text, detail
                        from public.audit_log
                        where (:action = '' or action like :action || '%')
                          and (:actor = '' or actor = :actor)
                        order by id desc limit :limit""")
                .param("action", action == null ? "" : action)
                .param("actor", actor == null ? "" : actor)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    private void write(String actor, String action, String target, String outcome, Object before, Object after, String detail) {
        // schema-qualified: a temporary table named audit_log (which a session may create) cannot take the rows
        jdbc.sql("""
                        insert into public.audit_log (actor, action, target, outcome, before, after, detail)
                        values (:actor, :action, :target, :outcome, cast(:before as jsonb), cast(:after as jsonb), :detail)""")
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("outcome", outcome)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("detail", detail)
                .update();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return json.writeValueAsString(value instanceof String s ? Map.of("value", s) : value);
    }
}
