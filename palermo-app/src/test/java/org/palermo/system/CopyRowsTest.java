package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text streamed through COPY comes back from PostgreSQL exactly as it was sent: the characters COPY's text format
 * escapes, a backslash followed by N (text, not a null), characters outside ASCII of one to four bytes, and a lone
 * surrogate, which is no character and is stored as '?' (as String.getBytes does).
 */
@PalermoIntegrationTest
class CopyRowsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void textComesBackAsItWasSent() throws Exception {
        List<String> sent = List.of("tab\there", "two\nlines\r\nand a return\r", "back\\slash and \\N as text", "Côte d’Ivoire",
                "Україна", "شبكة الاتجار", "emoji 🙂 at the end 🙂", "control \u0001 and delete \u007f", "", "plain");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("create temporary table copy_rows_test (n int, t text) on commit drop");
            }
            try (CopyRows rows = CopyRows.start(c, "copy copy_rows_test (n, t) from stdin")) {
                for (int i = 0; i < sent.size(); i++) {
                    rows.number(i).text(sent.get(i));
                    rows.endRow();
                }
                rows.number(sent.size()).text(null);
                rows.endRow();
                rows.number(sent.size() + 1).text("lone \uD83D surrogate");
                rows.endRow();
                assertThat(rows.finish()).isEqualTo(sent.size() + 2);
            }
            List<String> back = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("select t from copy_rows_test order by n")) {
                while (rs.next()) {
                    back.add(rs.getString(1));
                }
            }
            c.rollback();
            assertThat(back.subList(0, sent.size())).containsExactlyElementsOf(sent);
            assertThat(back.get(sent.size())).isNull();
            assertThat(back.get(sent.size() + 1)).isEqualTo("lone ? surrogate");
        }
    }

    @Test
    void aNulCharacterIsRefusedBeforeItReachesTheServer() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("create temporary table copy_rows_nul (t text) on commit drop");
            }
            try (CopyRows rows = CopyRows.start(c, "copy copy_rows_nul (t) from stdin")) {
                assertThatThrownBy(() -> rows.text("a\u0000b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
            }
            c.rollback();
        }
    }
}
