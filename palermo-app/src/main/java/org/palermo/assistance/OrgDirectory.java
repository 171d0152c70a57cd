package org.palermo.assistance;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations met while saving projects, found by IATI reference first, else by folded name, and created
 * when new: one lookup of the whole table per save instead of one query per participant.
 */
final class OrgDirectory {

    private final JdbcClient jdbc;
    private final Map<String, Long> byRef = new HashMap<>();
    private final Map<String, Long> byKey = new HashMap<>();

    OrgDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("select id, ref, name_key from assistance_org").query(rs -> {
            if (rs.getString(2) != null) {
                byRef.put(rs.getString(2), rs.getLong(1));
            }
            byKey.put(rs.getString(3), rs.getLong(1));
        });
    }

    long resolve(Project.Participant p) {
        String ref = p.ref() == null || p.ref().isBlank() ? null : p.ref().strip();
        String key = OrgNames.key(p.name());
        Long id = ref != null ? byRef.get(ref) : null;
        if (id == null) {
            id = byKey.get(key);
            if (id != null && ref != null) {
                // a name known without a reference learns it; a name known under another reference stays apart
                boolean free = jdbc.sql("update assistance_org set ref = :ref where id = :id and ref is null")
                        .param("ref", ref).param("id", id).update() == 1;
                if (free) {
                    byRef.put(ref, id);
                } else {
                    id = null;
                }
            }
        }
        if (id == null) {
            String uniqueKey = byKey.containsKey(key) ? key + " #" + ref : key;
            id = jdbc.sql("insert into assistance_org (name, ref, type, name_key) values (:n, :ref, :t, :k) returning id")
                    .param("n", p.name().strip()).param("ref", ref).param("t", p.type()).param("k", uniqueKey)
                    .query(Long.class).single();
            byKey.putIfAbsent(key, id);
            if (ref != null) {
                byRef.put(ref, id);
            }
        } else if (p.type() != null) {
            jdbc.sql("update assistance_org set type = :t where id = :id and type is null").param("t", p.type()).param("id", id).update();
        }
        return id;
    }
}
