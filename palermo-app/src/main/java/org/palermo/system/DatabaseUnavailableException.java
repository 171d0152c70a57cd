package org.palermo.system;

import java.sql.SQLException;

/**
 * The external PostgreSQL server cannot be used: it does not answer, or refuses the user or password.
 * Its message is one line naming the server, the user and PostgreSQL's reason (never the password),
 * which is what a command prints (exit 2).
 */
public class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(String url, String user, SQLException cause) {
        super("cannot connect to the PostgreSQL server " + withoutParameters(url) + " as " + user + ": "
                + firstLine(cause.getMessage()) + " (check PALERMO_DB_URL, PALERMO_DB_USER and PALERMO_DB_PASSWORD)", cause);
    }

    private static String withoutParameters(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        return message.lines().findFirst().orElse("").strip();
    }
}
