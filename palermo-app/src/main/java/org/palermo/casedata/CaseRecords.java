package org.palermo.casedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case-level records: importing CTDC files and reading them back (for analysts only; the public
 * sees {@link CaseAggregates}). One file is one transaction: its data set, every record and the
 * audit row land together, or a refusal leaves nothing but the audit row saying why.
 */
@Service
public class CaseRecords {

    /** At most this many bad rows are listed in a refusal; all are counted. */
    static final int LISTED_PROBLEMS = 50;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final Audit audit;

    CaseRecords(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Audit audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * How to import a file.
     *
     * @param country     ISO3 every record must belong to (country of exploitation), or null
     * @param skipBadRows import the good rows and list the bad ones, instead of refusing the file
     * @param synthetic   generated data that describes nobody (demonstrations, benchmarks)
     */
    public record ImportOptions(String country, boolean skipBadRows, boolean synthetic) {
        public static ImportOptions defaults() {
            return new ImportOptions(null, false, false);
        }
    }

    public record RowProblem(int line, String problem) {
    }

    public record ImportResult(@JsonProperty("dataset_id") long datasetId, String name, boolean created, int records,
                               @JsonProperty("ignored_columns") List<String> ignoredColumns,
                               @JsonProperty("skipped_rows") List<RowProblem> skippedRows) {
    }

    public record Dataset(long id, String name, String country, int records, @JsonProperty("skipped_rows") int skippedRows,
                          @JsonProperty("ignored_columns") String ignoredColumns, boolean synthetic,
                          @JsonProperty("imported_by") String importedBy, @JsonProperty("imported_at") java.time.Instant importedAt) {
    }

    /** A file whose rows cannot all be read; nothing was imported. */
    public static final class BadRowsException extends InvalidInputException {
        private final List<RowProblem> problems;

        BadRowsException(String fileName, int count, List<RowProblem> problems) {
            super("file", fileName + ": " + count + (count == 1 ? " row" : " rows") + " cannot be read, so nothing was imported"
                    + " (first: line " + problems.get(0).line() + ": " + problems.get(0).problem() + ")."
                    + " Correct the rows, or import with skip_bad_rows to leave them out.");
            this.problems = List.copyOf(problems);
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }

    /** Imports one CTDC file (any of the 2017, 2020 or 2024 layouts). The same content twice changes nothing. */
    public ImportResult importCtdc(String fileName, InputStream content, ImportOptions options) {
        String name = cleanFileName(fileName);
        String country = checkCountry(options.country());
        try {
            return tx.execute(status -> {
                Attempt attempt = new Attempt(name, country, options);
                ImportResult result = attempt.run(content);
                if (!result.created()) {
                    status.setRollbackOnly();
                }
                return result;
            });
        } catch (InvalidInputException e) {
            audit.refused(Actors.currentName(), "casedata.import", "file:" + name, e.getMessage());
            throw e;
        }
    }

    /** Every data set, newest first. */
    public List<Dataset> datasets() {
        return jdbc.sql("""
                        select id, name, country, records, skipped_rows, ignored_columns, synthetic, imported_by, imported_at
                        from case_dataset where content_sha256 is not null order by id desc""")
                .query((rs, i) -> new Dataset(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    public Optional<Dataset> dataset(long id) {
        return datasets().stream().filter(d -> d.id() == id).findFirst();
    }

    /** Records one by one, for analysts; the web layer lets no one else call this. */
    public List<CaseRecord> records(Long dataset, int limit, int offset) {
        return jdbc.sql("""
                        select line, year, sex, age_band, minor, citizenship, exploited_in, data_source, forms, means,
                               labour_sectors, sexual_forms, recruiter, abduction
                        from case_record where (cast(:d as bigint) is null or dataset_id = :d)
                        order by dataset_id desc, line limit :limit offset :offset""")
                .param("d", dataset).param("limit", Math.max(1, Math.min(limit, 1000))).param("offset", Math.max(0, offset))
                .query((rs, i) -> new CaseRecord(rs.getInt(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        (Boolean) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8), list(rs.getArray(9)),
                        list(rs.getArray(10)), list(rs.getArray(11)), list(rs.getArray(12)), list(rs.getArray(13)),
                        (Boolean) rs.getObject(14)))
                .list();
    }

    public long count(Long dataset) {
        return jdbc.sql("select count(*) from case_record where (cast(:d as bigint) is null or dataset_id = :d)")
                .param("d", dataset).query(Long.class).single();
    }

    /** One import in progress, inside the transaction. */
    private final class Attempt {
        private final String name;
        private final String country;
        private final ImportOptions options;
        private final List<RowProblem> problems = new ArrayList<>();
        private int problemCount;

        Attempt(String name, String country, ImportOptions options) {
            this.name = name;
            this.country = country;
            this.options = options;
        }

        ImportResult run(InputStream content) {
            MessageDigest sha = sha256();
            try (var reader = new InputStreamReader(new DigestInputStream(content, sha), StandardCharsets.UTF_8)) {
                CsvRows rows = new CsvRows(reader);
                List<String> header = rows.next();
                if (header == null || (header.size() == 1 && header.get(0).isBlank())) {
                    throw new InvalidInputException("file", name + ": the file is empty");
                }
                CtdcColumns columns;
                try {
                    columns = CtdcColumns.of(header);
                } catch (InvalidInputException refused) {
                    // the header's verdict names the column; the file is named here, where its name is known
                    throw new InvalidInputException(refused.field(), name + ": " + refused.getMessage());
                }
                long id = jdbc.sql("""
                                insert into case_dataset (name, country, synthetic, imported_by)
                                values (:n, :c, :s, :by) returning id""")
                        .param("n", name).param("c", country).param("s", options.synthetic())
                        .param("by", Actors.currentName()).query(Long.class).single();
                int records = copy(id, rows, columns);
                if (problemCount > 0 && !options.skipBadRows()) {
                    throw new BadRowsException(name, problemCount, problems);
                }
                if (records == 0) {
                    throw new InvalidInputException("file", name + ": the file holds no readable case records");
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Optional<Long> existing = jdbc.sql("select id from case_dataset where content_sha256 = :h")
                        .param("h", hash).query(Long.class).optional();
                if (existing.isPresent()) {
                    Dataset d = dataset(existing.get()).orElseThrow();
                    return new ImportResult(d.id(), d.name(), false, d.records(), columns.ignoredColumns(), List.of());
                }
                jdbc.sql("""
                                update case_dataset set content_sha256 = :h, records = :r, skipped_rows = :s, ignored_columns = :i
                                where id = :id""")
                        .param("h", hash).param("r", records).param("s", problemCount)
                        .param("i", String.join(", ", columns.ignoredColumns())).param("id", id).update();
                jdbc.sql("""
                                insert into case_cell (dataset_id, year, sex, age_band, citizenship, exploited_in, forms, recruiter, records)
                                select dataset_id, year, sex, age_band, citizenship, exploited_in, forms, recruiter, count(*)
                                from case_record where dataset_id = :id
                                group by dataset_id, year, sex, age_band, citizenship, exploited_in, forms, recruiter""")
                        .param("id", id).update();
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("file_name", name);
                after.put("sha256", hash);
                after.put("records", records);
                after.put("skipped_rows", problemCount);
                after.put("country", country);
                after.put("synthetic", options.synthetic());
                after.put("ignored_columns", columns.ignoredColumns());
                audit.record("casedata.import", "case-dataset:" + id, null, after);
                return new ImportResult(id, name, true, records, columns.ignoredColumns(), List.copyOf(problems));
            } catch (IOException e) {
                throw new InvalidInputException("file", name + ": cannot be read: " + e.getMessage());
            }
        }

        /** Streams the rows into case_record with COPY, in the surrounding transaction. */
        private int copy(long datasetId, CsvRows rows, CtdcColumns columns) throws IOException {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            CopyIn copy;
            try {
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        copy case_record (dataset_id, line, year, sex, age_band, minor, citizenship, exploited_in, data_source,
                                          forms, means, labour_sectors, sexual_forms, recruiter, abduction) from stdin""");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot start COPY into case_record", e);
            }
            int records = 0;
            StringBuilder out = new StringBuilder(1 << 17);
            try {
                List<String> row;
                while ((row = rows.next()) != null) {
                    if (row.size() == 1 && row.get(0).isBlank()) {
                        continue;
                    }
                    int line = rows.rowLine();
                    CaseRecord r;
                    try {
                        r = columns.read(row, line);
                        if (country != null && r.exploitedIn() != null && !country.equals(r.exploitedIn())) {
                            throw new CtdcColumns.BadRowException(line, "country of exploitation " + r.exploitedIn()
                                    + " is not " + country + ", the country this file is imported for");
                        }
                    } catch (CtdcColumns.BadRowException bad) {
                        problemCount++;
                        if (problems.size() < LISTED_PROBLEMS) {
                            problems.add(new RowProblem(bad.line(), bad.getMessage()));
                        }
                        continue;
                    }
                    appendCopyLine(out, datasetId, r);
                    records++;
                    if (out.length() > (1 << 16)) {
                        write(copy, out);
                    }
                }
                write(copy, out);
                if (problemCount > 0 && !options.skipBadRows()) {
                    copy.cancelCopy();
                } else {
                    copy.endCopy();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into case_record failed: " + e.getMessage(), e);
            } finally {
                if (copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException ignored) {
                        // the transaction is rolled back anyway
                    }
                }
            }
            return records;
        }
    }

    private static void write(CopyIn copy, StringBuilder out) throws SQLException {
        if (out.length() > 0) {
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            out.setLength(0);
        }
    }

    /** One line of PostgreSQL's COPY text format. */
    static void appendCopyLine(StringBuilder out, long datasetId, CaseRecord r) {
        out.append(datasetId).append('\t').append(r.line()).append('\t');
        field(out, r.year()).append('\t');
        field(out, r.sex()).append('\t');
        field(out, r.ageBand()).append('\t');
        field(out, r.minor()).append('\t');
        field(out, r.citizenship()).append('\t');
        field(out, r.exploitedIn()).append('\t');
        field(out, r.dataSource()).append('\t');
        array(out, r.forms()).append('\t');
        array(out, r.means()).append('\t');
        array(out, r.labourSectors()).append('\t');
        array(out, r.sexualForms()).append('\t');
        array(out, r.recruiter()).append('\t');
        field(out, r.abduction()).append('\n');
    }

    private static StringBuilder field(StringBuilder out, Object value) {
        if (value == null) {
            return out.append("\\N");
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Array values are codes from CtdcColumns (letters, digits and '_'), so they need no quoting. */
    private static StringBuilder array(StringBuilder out, List<String> values) {
        out.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            for (int j = 0; j < v.length(); j++) {
                char c = v.charAt(j);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
                    out.append(c);
                }
            }
        }
        return out.append('}');
    }

    private static List<String> list(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Only the last path segment of an uploaded name is kept, without control characters. */
    static String cleanFileName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "upload.csv";
        }
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static String checkCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String iso3 = country.strip().toUpperCase(Locale.ROOT);
        if (!Countries.bundled().isKnown(iso3)) {
            throw new InvalidInputException("country", "Unknown ISO 3166-1 alpha-3 country code '" + clip(country) + "'");
        }
        return iso3;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
