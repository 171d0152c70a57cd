package org.palermo.assistance;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows in one statement: each column goes to PostgreSQL as one array and comes back as rows through
 * {@code unnest}. A batch of single-row inserts costs a round of parsing, planning and statement triggers per
 * row; this costs one, which keeps the first start (2,400 grants and their parts) short.
 */
final class ArrayInsert {

    private ArrayInsert() {
    }

    /**
     * {@code insert into <target> select <select> from unnest(?::t1[], …) as u(<names>) <suffix>}, where
     * {@code columns} are "name type" pairs (PostgreSQL type names: int8, int4, text, numeric, date).
     */
    static void insert(JdbcTemplate jdbc, String target, String select, List<String> columns, List<Object[]> rows, String suffix) {
        if (rows.isEmpty()) {
            return;
        }
        String[] names = new String[columns.size()];
        String[] types = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String[] pair = columns.get(c).split(" ");
            names[c] = pair[0];
            types[c] = pair[1];
        }
        StringBuilder sql = new StringBuilder("insert into ").append(target).append(" select ").append(select).append(" from unnest(");
        for (int c = 0; c < types.length; c++) {
            sql.append(c == 0 ? "" : ", ").append("?::").append(types[c]).append("[]");
        }
        sql.append(") as u(").append(String.join(", ", names)).append(") ").append(suffix);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int c = 0; c < types.length; c++) {
                    Object[] values = new Object[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        values[r] = rows.get(r)[c];
                    }
                    Array array = connection.createArrayOf(types[c], values);
                    statement.setArray(c + 1, array);
                }
                statement.executeUpdate();
            }
            return null;
        });
    }
}
