package org.palermo.registries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.accounts.Principal;
import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contact-point network and the service-provider directory: reads as each viewer may see them, and changes
 * (one by one or by file, {@link DirectoryFiles}) each audited with the entry before and after. The public reads
 * published entries without personal fields and with provider locations rounded; any signed-in practitioner reads
 * the personal fields; focal points change their own country's entries, analysts and administrators any.
 */
@Service
public class Directories {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final TransactionTemplate tx;

    Directories(JdbcClient jdbc, Audit audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
    }

    /** A contact point or provider as the public sees it, for other modules (the country profile). */
    public record PublicEntry(long id, String country, String name, String category, String categoryLabel, List<String> languages,
                              String city, String source) {
    }

    /** Published contact points of a country, without personal fields. */
    public List<PublicEntry> publishedContactPoints(String iso3) {
        return published(Directory.CONTACT_POINTS, iso3);
    }

    /** Published service providers of a country, without personal fields. */
    public List<PublicEntry> publishedServiceProviders(String iso3) {
        return published(Directory.SERVICE_PROVIDERS, iso3);
    }

    private List<PublicEntry> published(Directory d, String iso3) {
        return rows(d, iso3, null).stream().filter(r -> Boolean.TRUE.equals(r.get("published")))
                .map(r -> {
                    String category = (String) r.get(d.categoryField);
                    return new PublicEntry((Long) r.get("id"), (String) r.get("country"), (String) r.get(d.nameField), category,
                            label(d, category), strings(r.get("languages")), (String) r.get("city"), (String) r.get("source"));
                })
                .toList();
    }

    /** What the current viewer may read, optionally for one country and one role or type. */
    List<Map<String, Object>> list(Directory d, String country, String category) {
        String c = country == null || country.isBlank() ? null : TreatyRegistry.country(country).iso3();
        Optional<Principal> viewer = Actors.current();
        return rows(d, c, category == null || category.isBlank() ? null : category.strip().toUpperCase(java.util.Locale.ROOT))
                .stream().filter(r -> visible(r, viewer)).map(r -> shown(d, r, viewer)).toList();
    }

    Map<String, Object> get(Directory d, long id) {
        Map<String, Object> r = row(d, id).orElseThrow(() -> notFound(d, id));
        Optional<Principal> viewer = Actors.current();
        if (!visible(r, viewer)) {
            throw notFound(d, id);
        }
        return shown(d, r, viewer);
    }

    /** Creates an entry from the values sent (JSON), audited. */
    Map<String, Object> create(Directory d, Map<String, Object> body) {
        Map<String, Object> values = DirectoryValues.fromJson(d, body, null);
        values.remove("id");
        return tx.execute(status -> {
            mayEdit(d, (String) values.get("country"), "create", "new");
            long id = insert(d, values);
            Map<String, Object> after = row(d, id).orElseThrow();
            audit.record("registries." + d.noun + ".create", d.noun + ":" + id, null, after);
            return after;
        });
    }

    /** Changes the fields sent (JSON); fields not sent stay as they are. Audited with before and after. */
    Map<String, Object> update(Directory d, long id, Map<String, Object> body) {
        return tx.execute(status -> {
            Map<String, Object> before = rowForUpdate(d, id).orElseThrow(() -> notFound(d, id));
            mayEdit(d, (String) before.get("country"), "update", String.valueOf(id));
            Map<String, Object> values = DirectoryValues.fromJson(d, body, before);
            values.remove("id");
            if (values.isEmpty()) {
                throw new InvalidInputException("body", "no field to change: send the fields with their new values");
            }
            mayEdit(d, (String) values.getOrDefault("country", before.get("country")), "update", String.valueOf(id));
            write(d, id, values);
            Map<String, Object> after = row(d, id).orElseThrow();
            audit.record("registries." + d.noun + ".update", d.noun + ":" + id, before, after);
            return after;
        });
    }

    /** Deletes an entry, with a reason; the audit trail keeps it as it was. */
    void delete(Directory d, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required: say why the entry is deleted (?reason=…)");
        }
        tx.executeWithoutResult(status -> {
            Map<String, Object> before = rowForUpdate(d, id).orElseThrow(() -> notFound(d, id));
            mayEdit(d, (String) before.get("country"), "delete", String.valueOf(id));
            jdbc.sql("delete from " + d.table + " where id = :id").param("id", id).update();
            audit.record("registries." + d.noun + ".delete", d.noun + ":" + id, before, Map.of("deleted", true, "reason", reason.strip()));
        });
    }

    // --- used by DirectoryFiles, inside its transaction -------------------------------------------------------

    long insert(Directory d, Map<String, Object> values) {
        List<DirectoryField> cols = d.columns().stream().filter(f -> values.containsKey(f.name())).toList();
        String names = cols.stream().map(DirectoryField::name).collect(Collectors.joining(", "));
        String params = cols.stream().map(Directories::param).collect(Collectors.joining(", "));
        var spec = jdbc.sql("insert into " + d.table + " (" + names + ", updated_by) values (" + params + ", :updated_by) returning id");
        for (DirectoryField f : cols) {
            spec = spec.param(f.name(), sqlValue(f, values.get(f.name())));
        }
        return spec.param("updated_by", Actors.currentName()).query(Long.class).single();
    }

    void write(Directory d, long id, Map<String, Object> values) {
        List<DirectoryField> cols = d.columns().stream().filter(f -> values.containsKey(f.name())).toList();
        String sets = cols.stream().map(f -> f.name() + " = " + param(f)).collect(Collectors.joining(", "));
        var spec = jdbc.sql("update " + d.table + " set " + (sets.isEmpty() ? "" : sets + ", ")
                + "updated_by = :updated_by, updated_at = now() where id = :id");
        for (DirectoryField f : cols) {
            spec = spec.param(f.name(), sqlValue(f, values.get(f.name())));
        }
        spec.param("updated_by", Actors.currentName()).param("id", id).update();
    }

    Optional<Map<String, Object>> row(Directory d, long id) {
        return jdbc.sql("select * from " + d.table + " where id = :id").param("id", id).query((rs, i) -> read(d, rs)).optional();
    }

    Optional<Map<String, Object>> rowForUpdate(Directory d, long id) {
        return jdbc.sql("select * from " + d.table + " where id = :id for update").param("id", id).query((rs, i) -> read(d, rs)).optional();
    }

    /**
     * Refuses, and audits the refusal, when the signed-in account may not change the country's entries: focal points
     * act for their own country only. The refusal is written in its own transaction, so it outlives the refused one.
     */
    void mayEdit(Directory d, String country, String action, String target) {
        Principal p = Actors.current().orElseThrow(() -> new AccessDeniedException("Sign in to change the " + d.plural));
        if (!p.mayActFor(country)) {
            String reason = p.role() + (p.country() == null ? "" : " for " + p.country()) + " may not change entries of " + country;
            TransactionTemplate own = new TransactionTemplate(tx.getTransactionManager());
            own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.executeWithoutResult(s -> audit.refused(p.name(), "registries." + d.noun + "." + action, d.noun + ":" + target, reason));
            throw new AccessDeniedException("Your account may change the " + d.plural + " of "
                    + (p.country() == null ? "no country" : p.country()) + " only, not of " + country);
        }
    }

    // ----------------------------------------------------------------------------------------------------------

    private List<Map<String, Object>> rows(Directory d, String country, String category) {
        return jdbc.sql("select * from " + d.table + " where (cast(:c as text) is null or country = :c)"
                        + " and (cast(:cat as text) is null or " + d.categoryField + " = :cat) order by country, " + d.nameField + ", id")
                .param("c", country).param("cat", category)
                .query((rs, i) -> read(d, rs)).list();
    }

    private static boolean visible(Map<String, Object> r, Optional<Principal> viewer) {
        return Boolean.TRUE.equals(r.get("published")) || viewer.map(p -> p.mayActFor((String) r.get("country"))).orElse(false);
    }

    /** The row as this viewer may see it: personal fields only for accounts, exact locations only for accounts. */
    private static Map<String, Object> shown(Directory d, Map<String, Object> r, Optional<Principal> viewer) {
        Map<String, Object> out = new LinkedHashMap<>(r);
        String category = (String) r.get(d.categoryField);
        out.put(d.categoryField + "_label", label(d, category));
        out.put("country_name", Countries.bundled().byIso3((String) r.get("country")).map(c -> c.name()).orElse(null));
        if (viewer.isEmpty()) {
            d.fields.stream().filter(DirectoryField::personal).forEach(f -> out.remove(f.name()));
            out.remove("updated_by");
            if (out.get("latitude") instanceof Double lat && out.get("longitude") instanceof Double lon) {
                out.put("latitude", Math.round(lat * 10) / 10.0);
                out.put("longitude", Math.round(lon * 10) / 10.0);
                out.put("location_precision", "rounded to 0.1° (about 10 km): sign in for the exact place");
            }
            out.put("personal_details", "shown to signed-in practitioners only");
        } else if (out.containsKey("latitude") && out.get("latitude") != null) {
            out.put("location_precision", "exact");
        }
        return out;
    }

    static String label(Directory d, String category) {
        if (category == null) {
            return null;
        }
        if (d == Directory.CONTACT_POINTS) {
            try {
                return ContactRole.valueOf(category).label();
            } catch (IllegalArgumentException e) {
                return category;
            }
        }
        String s = category.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, Object> read(Directory d, ResultSet rs) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", rs.getLong("id"));
        for (DirectoryField f : d.columns()) {
            Object v = rs.getObject(f.name());
            if (v instanceof Array a) {
                List<String> list = new ArrayList<>();
                for (Object o : (Object[]) a.getArray()) {
                    list.add(String.valueOf(o));
                }
                v = list;
            } else if (v instanceof String s && f.kind() == DirectoryField.Kind.COUNTRY) {
                v = s.strip();
            }
            out.put(f.name(), v);
        }
        out.put("updated_by", rs.getString("updated_by"));
        out.put("updated_at", rs.getTimestamp("updated_at").toInstant());
        return out;
    }

    private static String param(DirectoryField f) {
        return f.isList() ? "cast(:" + f.name() + " as text[])" : ":" + f.name();
    }

    private static Object sqlValue(DirectoryField f, Object v) {
        if (f.isList()) {
            return v == null ? new String[0] : ((Collection<?>) v).stream().map(String::valueOf).toArray(String[]::new);
        }
        if (f.name().equals("published") && v == null) {
            return Boolean.TRUE;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return v == null ? List.of() : (List<String>) v;
    }

    private static NotFoundException notFound(Directory d, long id) {
        return new NotFoundException("No " + d.noun + " with id " + id);
    }
}
