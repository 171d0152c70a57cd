package org.palermo.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.system.CopyRows;
import org.palermo.system.InvalidInputException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a published GLOTIP release in one transaction: the rows are streamed into a temporary table
 * with PostgreSQL's COPY, then merged into the observations with a few set-based statements. Rows are
 * identified by their published key and their occurrence within the file, so a key published twice is
 * kept twice (and flagged), the same file again changes nothing, and a newer export replaces values
 * while the replaced and withdrawn ones move to history.
 */
@Service
public class GlotipImport {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Audit audit;

    GlotipImport(JdbcClient jdbc, DataSource dataSource, Audit audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** Imports a GLOTIP export (CSV, or XLSX with the same table on its first sheet). */
    @Transactional(rollbackFor = Exception.class)
    public ImportReport importFile(String fileName, byte[] content) {
        long t0 = System.nanoTime();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", fileName + ": the file is empty");
        }
        GlotipFile.Parsed parsed = GlotipFile.parse(fileName, table(fileName, content), countryDimensions());
        if (parsed.rows().isEmpty()) {
            throw new InvalidInputException("file", fileName + ": no rows could be read"
                    + (parsed.problems().isEmpty() ? "" : "; first problem: line " + parsed.problems().get(0).line() + ": "
                    + parsed.problems().get(0).reason()));
        }
        String sha = sha256(content);
        Map<String, Integer> perIndicator = new LinkedHashMap<>();
        for (GlotipFile.Row r : parsed.rows()) {
            perIndicator.merge(r.indicator(), 1, Integer::sum);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('statistics:import'))").query(Object.class).single();
        jdbc.sql("set local work_mem = '64MB'").update();
        Long previous = jdbc.sql("select id from stat_release where sha256 = :s order by id limit 1").param("s", sha)
                .query(Long.class).optional().orElse(null);
        if (previous != null) {
            int[] flags = conflictCounts(sources(parsed));
            return report(fileName, previous, true, parsed, 0, 0, 0, parsed.rows().size(), perIndicator, flags, t0);
        }
        Set<String> sources = sources(parsed);
        boolean firstOfItsSources = !jdbc.sql("select exists (select 1 from stat_observation where source = any(:s))")
                .param("s", sources.toArray(String[]::new)).query(Boolean.class).single();
        long release = jdbc.sql("""
                        insert into stat_release (source, file_name, sha256, exported_on, imported_by, row_count, inserted, changed, withdrawn, unchanged)
                        values (:source, :file, :sha, :exported, :by, :rows, 0, 0, 0, 0) returning id""")
                .param("source", String.join(", ", sources)).param("file", fileName).param("sha", sha)
                .param("exported", parsed.exportedOn()).param("by", Actors.currentName()).param("rows", parsed.rows().size())
                .query(Long.class).single();
        int changed = 0;
        int withdrawn = 0;
        int inserted;
        if (firstOfItsSources) {
            // nothing to compare with: the rows go straight into the observations, as close to a bare COPY as it gets
            inserted = copy(parsed.rows(), "stat_observation", release);
        } else {
            stage(parsed.rows());
            changed = merge(release);
            withdrawn = withdraw(sources, release);
            inserted = insertNew(release);
        }
        int unchanged = parsed.rows().size() - inserted - changed;
        jdbc.sql("update stat_release set inserted = :i, changed = :c, withdrawn = :w, unchanged = :u where id = :id")
                .param("i", inserted).param("c", changed).param("w", withdrawn).param("u", unchanged).param("id", release).update();
        int[] flags = conflictCounts(sources);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file_name", fileName);
        after.put("sha256", sha);
        after.put("rows", parsed.rows().size());
        after.put("inserted", inserted);
        after.put("changed", changed);
        after.put("withdrawn", withdrawn);
        after.put("not_placed", parsed.problems().size());
        after.put("conflicts", flags[1]);
        audit.record("statistics.import", "stat_release:" + release, null, after);
        return report(fileName, release, false, parsed, inserted, changed, withdrawn, unchanged, perIndicator, flags, t0);
    }

    /** Rows whose value changed move their old value to history and take the new one; returns how many changed. */
    private int merge(long release) {
        int changed = jdbc.sql("""
                        insert into stat_observation_history (observation_id, country, country_name, indicator, dimension, category, category_text,
                            sex, age, year, value, value_text, source, occurrence, release_id, submission_id, replaced_by_release, reason)
                        select o.id, o.country, o.country_name, o.indicator, o.dimension, o.category, o.category_text, o.sex, o.age, o.year,
                               o.value, o.value_text, o.source, o.occurrence, o.release_id, o.submission_id, :release, 'CHANGED'
                        from stat_observation o join stat_stage s on s.source = o.source and s.row_key = o.row_key
                        where o.value_text <> s.value_text or o.unit <> s.unit""")
                .param("release", release).update();
        jdbc.sql("""
                        update stat_observation o
                        set value = s.value, value_text = s.value_text, unit = s.unit, category = s.category, duplicate = s.duplicate,
                            conflict = s.conflict, release_id = case when o.value_text <> s.value_text or o.unit <> s.unit
                                                                 then :release else o.release_id end
                        from stat_stage s
                        where s.source = o.source and s.row_key = o.row_key
                          and (o.value_text <> s.value_text or o.unit <> s.unit or o.category <> s.category
                               or o.duplicate <> s.duplicate or o.conflict <> s.conflict)""")
                .param("release", release).update();
        return changed;
    }

    /** Rows of these sources the new release no longer has move to history; returns how many. */
    private int withdraw(Set<String> sources, long release) {
        String[] sourceArray = sources.toArray(String[]::new);
        return jdbc.sql("""
                        with gone as (
                            delete from stat_observation o
                            where o.source = any(:sources) and o.release_id is not null
                              and not exists (select 1 from stat_stage s where s.source = o.source and s.row_key = o.row_key)
                            returning o.*)
                        insert into stat_observation_history (observation_id, country, country_name, indicator, dimension, category, category_text,
                            sex, age, year, value, value_text, source, occurrence, release_id, submission_id, replaced_by_release, reason)
                        select id, country, country_name, indicator, dimension, category, category_text, sex, age, year,
                               value, value_text, source, occurrence, release_id, submission_id, :release, 'WITHDRAWN' from gone""")
                .param("sources", sourceArray).param("release", release).update();
    }

    /** Rows the observations do not have yet; returns how many. */
    private int insertNew(long release) {
        return jdbc.sql("""
                        insert into stat_observation (country, country_name, indicator, dimension, category, category_text, sex, age, year,
                            value, value_text, unit, source, occurrence, row_key, release_id, source_line, duplicate, conflict)
                        select s.country, s.country_name, s.indicator, s.dimension, s.category, s.category_text, s.sex, s.age, s.year,
                               s.value, s.value_text, s.unit, s.source, s.occurrence, s.row_key, :release, s.source_line, s.duplicate, s.conflict
                        from stat_stage s
                        where not exists (select 1 from stat_observation o where o.source = s.source and o.row_key = s.row_key)""")
                .param("release", release).update();
    }

    private ImportReport report(String fileName, Long release, boolean already, GlotipFile.Parsed parsed, int inserted, int changed,
                                int withdrawn, int unchanged, Map<String, Integer> perIndicator, int[] flags, long t0) {
        return new ImportReport(fileName, release, already, parsed.exportedOn(), parsed.rows().size(), inserted, changed, withdrawn,
                unchanged, perIndicator, problems(parsed.problems()), problems(parsed.notes()), flags[0], flags[1],
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<ImportReport.Problem> problems(List<GlotipFile.Problem> list) {
        return list.stream().map(p -> new ImportReport.Problem(p.line(), p.reason(), p.text())).toList();
    }

    private static Set<String> sources(GlotipFile.Parsed parsed) {
        Set<String> s = new HashSet<>();
        parsed.rows().forEach(r -> s.add(r.source()));
        return s;
    }

    /** Keys published more than once, and those of them whose values differ. */
    private int[] conflictCounts(Set<String> sources) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where conflicting) from (
                            select bool_or(conflict) as conflicting from stat_observation
                            where duplicate and source = any(:sources)
                            group by source, country, country_name, indicator, dimension, category_text, sex, age, year) k""")
                .param("sources", sources.toArray(String[]::new))
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    private Set<String> countryDimensions() {
        return new HashSet<>(jdbc.sql("select name from stat_dimension where category_kind = 'COUNTRY'").query(String.class).list());
    }

    /** COPY of the parsed rows into a temporary table that lives until the transaction ends. */
    private void stage(List<GlotipFile.Row> rows) {
        jdbc.sql("""
                create temporary table stat_stage (
                    country char(3), country_name text, indicator text, dimension text, category text, category_text text,
                    sex text, age text, year integer, value bigint, value_text text, unit text, source text, occurrence integer,
                    row_key uuid, release_id bigint, source_line integer, duplicate boolean, conflict boolean) on commit drop""").update();
        copy(rows, "stat_stage", null);
        jdbc.sql("analyze stat_stage").update();
    }

    /** COPY of the parsed rows into {@code table} (the observations, or the staging table); returns the rows stored. */
    private int copy(List<GlotipFile.Row> rows, String table, Long release) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyRows out = CopyRows.start(connection, "copy " + table + """
                 (country, country_name, indicator, dimension, category, category_text, sex, age, year, value, value_text, unit,
                  source, occurrence, row_key, release_id, source_line, duplicate, conflict) from stdin""")) {
            for (GlotipFile.Row r : rows) {
                out.text(r.country()).text(r.countryName()).text(r.indicator()).text(r.dimension()).text(r.category())
                        .text(r.categoryText()).text(r.sex()).text(r.age()).number(r.year()).number(r.value()).text(r.valueText())
                        .text(r.unit()).text(r.source()).number(r.occurrence()).text(r.rowKey().toString()).number(release)
                        .number(r.line()).bool(r.duplicate()).bool(r.conflict());
                out.endRow();
            }
            return Math.toIntExact(out.finish());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The file as rows of text cells: CSV, or the first sheet of an XLSX workbook. */
    static List<List<String>> table(String fileName, byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        if (!zip) {
            if (fileName.toLowerCase().endsWith(".xlsx") || fileName.toLowerCase().endsWith(".xls")) {
                throw new InvalidInputException("file", fileName + ": not a spreadsheet (an .xlsx file is a ZIP archive)");
            }
            return org.palermo.text.CsvReader.parse(new String(content, StandardCharsets.UTF_8));
        }
        org.palermo.system.ParserLimits.apply();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            format.setUseCachedValuesForFormulaCells(true); // never evaluated: the value the spreadsheet saved
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", fileName + ": not a readable spreadsheet (" + e.getMessage() + ")");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
