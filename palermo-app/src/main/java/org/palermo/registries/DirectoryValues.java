package org.palermo.registries;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.system.InvalidInputException;

/** Values of a directory entry read from JSON or from a file row, checked field by field. */
final class DirectoryValues {

    /** Keys the API sends back that are not fields: a client may send an entry back as it got it. */
    static final Set<String> READ_ONLY = Set.of("updated_by", "updated_at", "country_name", "role_label", "type_label",
            "location_precision", "personal_details");

    private DirectoryValues() {
    }

    /** One problem in one field. */
    record Problem(String field, String message) {
    }

    /**
     * The fields present in a JSON body, checked; for a new entry ({@code before} null) the required fields must be
     * there and absent lists are empty.
     */
    static Map<String, Object> fromJson(Directory d, Map<String, Object> body, Map<String, Object> before) {
        if (body == null) {
            throw new InvalidInputException("body", "send the entry as a JSON object");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        body.forEach((k, v) -> {
            if (READ_ONLY.contains(k)) {
                return;
            }
            cells.put(k, text(v));
        });
        Map<String, Object> values = new LinkedHashMap<>();
        List<Problem> problems = read(d, cells, before == null, values);
        if (!problems.isEmpty()) {
            Problem p = problems.get(0);
            throw new InvalidInputException(p.field(), p.message());
        }
        Problem location = locationProblem(values, before);
        if (location != null) {
            throw new InvalidInputException(location.field(), location.message());
        }
        return values;
    }

    /** Reads the cells into {@code values}; every problem is returned, none thrown. */
    static List<Problem> read(Directory d, Map<String, String> cells, boolean isNew, Map<String, Object> values) {
        List<Problem> problems = new java.util.ArrayList<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            DirectoryField f = d.field(cell.getKey());
            if (f == null) {
                problems.add(new Problem(cell.getKey(), "unknown field '" + cell.getKey() + "'; the fields are "
                        + d.fields.stream().map(DirectoryField::name).collect(Collectors.joining(", "))));
                continue;
            }
            try {
                values.put(f.name(), f.read(cell.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(f.name(), e.getMessage()));
            }
        }
        if (isNew) {
            for (DirectoryField f : d.fields) {
                if (f.required() && !cells.containsKey(f.name())) {
                    problems.add(new Problem(f.name(), f.name() + " is required"));
                } else if (f.isList() && !values.containsKey(f.name())) {
                    values.put(f.name(), List.of());
                }
            }
            values.putIfAbsent("published", Boolean.TRUE);
        }
        if (values.containsKey("published") && values.get("published") == null) {
            values.put("published", Boolean.TRUE);
        }
        return problems;
    }

    /** Latitude and longitude go together (after the change, for an update). */
    static Problem locationProblem(Map<String, Object> values, Map<String, Object> before) {
        if (!values.containsKey("latitude") && !values.containsKey("longitude")) {
            return null;
        }
        Object lat = values.containsKey("latitude") ? values.get("latitude") : before == null ? null : before.get("latitude");
        Object lon = values.containsKey("longitude") ? values.get("longitude") : before == null ? null : before.get("longitude");
        if ((lat == null) != (lon == null)) {
            return new Problem(lat == null ? "latitude" : "longitude", "latitude and longitude are given together or not at all");
        }
        return null;
    }

    /** A JSON value as the text a file cell would hold: lists joined by ";". */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(DirectoryValues::text).collect(Collectors.joining(";"));
        }
        return String.valueOf(v);
    }
}
