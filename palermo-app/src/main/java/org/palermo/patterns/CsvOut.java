package org.palermo.patterns;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** CSV downloads of the analyses (RFC 4180, UTF-8, header row), with the freshness headers of the JSON answer. */
final class CsvOut {

    private CsvOut() {
    }

    static String line(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values[i] == null ? "" : String.valueOf(values[i]);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            sb.append(v);
        }
        return sb.append("\r\n").toString();
    }

    static ResponseEntity<String> file(String name, List<String> lines, Fresh<?> freshness) {
        return ResponseEntity.ok()
                .headers(PatternsWeb.freshness(freshness))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(String.join("", lines));
    }
}
