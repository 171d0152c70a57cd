package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.documents.Documents;
import org.palermo.documents.IngestResult;
import org.palermo.documents.SourceType;
import org.palermo.documents.Upload;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The references of facts, runs, documents, paragraphs and observations are checked by the database once per
 * statement (V4, V13, V35; counted per parent table since V5, V36) as foreign keys checked them per row: a row that points nowhere is refused, a row others
 * point to cannot go.
 */
@PalermoIntegrationTest
class ReferencesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Documents documents;

    @Test
    void aFactOrParagraphPointingNowhereIsRefusedAndAReferredDocumentCannotGo() throws Exception {
        String tag = UUID.randomUUID().toString();
        IngestResult doc = documents.ingest(new Upload("refs-" + tag + ".txt",
                ("1. Lithuania reported 42 investigations. " + tag + "\n\n2. Latvia reported 17.\n").getBytes(StandardCharsets.UTF_8),
                SourceType.NGO, "References " + tag, null));
        long source = jdbc.sql("select source_id from document where id = :d").param("d", doc.documentId()).query(Long.class).single();
        String fact = "insert into fact (document_id, source_id, type, quote, extractor, data) values (:d, :s, 'statistic', 'x', 't', '{}')";
        assertThatThrownBy(() -> jdbc.sql(fact).param("d", Long.MAX_VALUE).param("s", source).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("document " + Long.MAX_VALUE + " is not present");
        assertThatThrownBy(() -> jdbc.sql("insert into paragraph (document_id, idx, anchor, start_offset, end_offset) values (:d, 0, 'p', 0, 1)")
                .param("d", Long.MAX_VALUE).update()).isInstanceOf(DataIntegrityViolationException.class);

        jdbc.sql(fact).param("d", doc.documentId()).param("s", source).update();
        assertThatThrownBy(() -> jdbc.sql("delete from document where id = :d").param("d", doc.documentId()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("facts still refer to");
        assertThatThrownBy(() -> jdbc.sql("delete from source where id = :s").param("s", source).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void manyRowsInOneStatementAreCheckedTogetherAndTheMissingParentIsNamed() throws Exception {
        String tag = UUID.randomUUID().toString();
        IngestResult doc = documents.ingest(new Upload("refs-many-" + tag + ".txt",
                ("1. Nigeria and Italy: 12 victims. " + tag + "\n").getBytes(StandardCharsets.UTF_8), SourceType.NGO, "References many " + tag, null));
        long source = jdbc.sql("select source_id from document where id = :d").param("d", doc.documentId()).query(Long.class).single();
        long run = jdbc.sql("insert into extraction_run (document_id, extractor) values (:d, :e) returning id").param("d", doc.documentId())
                .param("e", "refs-" + tag).query(Long.class).single();
        // three facts in one statement, one of them with the same country on both sides: every key is there
        String three = """
                insert into fact (run_id, document_id, source_id, type, country, role, counterpart, quote, extractor, data)
                select :r, :d, :s, 'country_role', c, 'ORIGIN', k, 'x', 't', '{}'
                from (values ('NGA', 'ITA'), ('ITA', 'NGA'), ('NGA', %s)) v(c, k)""";
        assertThat(jdbc.sql(three.formatted("'NGA'")).param("r", run).param("d", doc.documentId()).param("s", source).update()).isEqualTo(3);
        // the same with one unknown counterpart among them: the statement is refused, and the error names it
        assertThatThrownBy(() -> jdbc.sql(three.formatted("'XXQ'")).param("r", run).param("d", doc.documentId()).param("s", source).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("country XXQ is not present");
        assertThatThrownBy(() -> jdbc.sql("insert into fact (run_id, document_id, source_id, type, quote, extractor, data) "
                        + "values (:r, :d, :s, 'statistic', 'x', 't', '{}'), (:missing, :d, :s, 'statistic', 'y', 't', '{}')")
                .param("r", run).param("missing", Long.MAX_VALUE).param("d", doc.documentId()).param("s", source).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("extraction_run " + Long.MAX_VALUE + " is not present");
        assertThatThrownBy(() -> jdbc.sql("insert into extraction_run (document_id, extractor) values (:d, 'a'), (:missing, 'b')")
                .param("d", doc.documentId()).param("missing", Long.MAX_VALUE).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("document " + Long.MAX_VALUE + " is not present");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into document (source_id, title, file_name, media_type, content_sha256, plain_text, ingested_by)
                        values (:s, 'Nowhere', 'nowhere.txt', 'text/plain', encode(sha256(convert_to(:t, 'UTF8')), 'hex'), :t, 'test')""")
                .param("s", Long.MAX_VALUE).param("t", "Nowhere " + tag).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("source " + Long.MAX_VALUE + " is not present");
        assertThat(jdbc.sql("select count(*) from fact where run_id = :r").param("r", run).query(Integer.class).single()).isEqualTo(3);
        // (the context is shared: these facts must not count in other tests' flows)
        jdbc.sql("delete from fact where run_id = :r").param("r", run).update();
        jdbc.sql("delete from extraction_run where id = :r").param("r", run).update();
    }

    @Test
    void anObservationOfAReleaseThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into stat_observation (country_name, indicator, dimension, category, category_text, sex, age, year,
                            value_text, unit, source, row_key, release_id)
                        values ('Nowhere', 'Persons convicted', 'Total', 'Total', 'Total', 'Total', 'Total', 2020, '1', 'Counts',
                            'REFERENCES-TEST', gen_random_uuid(), :r)""").param("r", Long.MAX_VALUE).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("stat_release");
    }

    @Test
    void aDocumentNobodyRefersToTakesItsParagraphsWithIt() {
        // written straight into the tables, not ingested: an ingest leaves an audit entry, and a deleted document
        // would leave it pointing nowhere for every test that checks the audit log against the documents
        String tag = UUID.randomUUID().toString();
        long source = jdbc.sql("insert into source (name, source_type) values (:n, 'NGO') returning id").param("n", "Alone " + tag)
                .query(Long.class).single();
        long doc = jdbc.sql("""
                        insert into document (source_id, title, file_name, media_type, content_sha256, plain_text, ingested_by)
                        values (:s, 'Alone', :f, 'text/plain', encode(sha256(convert_to(:t, 'UTF8')), 'hex'), :t, 'test') returning id""")
                .param("s", source).param("f", "alone-" + tag + ".txt").param("t", "1. A paragraph " + tag + ".\n\n2. Another one.\n")
                .query(Long.class).single();
        jdbc.sql("""
                insert into paragraph (document_id, idx, number, anchor, start_offset, end_offset)
                values (:d, 0, '1', 'p1', 0, 10), (:d, 1, '2', 'p2', 12, 20)""").param("d", doc).update();
        assertThat(jdbc.sql("select count(*) from paragraph where document_id = :d").param("d", doc).query(Integer.class).single())
                .isEqualTo(2);
        jdbc.sql("delete from document where id = :d").param("d", doc).update();
        assertThat(jdbc.sql("select count(*) from paragraph where document_id = :d").param("d", doc).query(Integer.class).single())
                .isZero();
        jdbc.sql("delete from source where id = :s").param("s", source).update();
    }
}
