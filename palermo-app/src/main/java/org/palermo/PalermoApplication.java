package org.palermo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application. Started by {@code ./palermo serve} (and, without the web server, by the
 * commands that use the database); the launcher is {@code org.palermo.cli.Launcher}.
 */
@SpringBootApplication
public class PalermoApplication {
}
