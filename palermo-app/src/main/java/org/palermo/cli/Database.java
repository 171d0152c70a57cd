package org.palermo.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.palermo.PalermoApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/**
 * Options shared by every command that uses the database, and the non-web application context
 * those commands run in. The embedded server is started if no Palermo process runs it already,
 * and stopped again when the command ends.
 */
class Database {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $PALERMO_HOME or ./palermo-data)")
    Path dataDir;

    ConfigurableApplicationContext open() {
        Map<String, Object> props = new HashMap<>();
        if (dataDir != null) {
            props.put("palermo.home", dataDir.toAbsolutePath().toString());
        }
        props.put("palermo.demo-data", "false");
        props.put("logging.level.org.palermo", "WARN");
        props.put("spring.main.log-startup-info", "false");
        return oneLineFailures(new SpringApplicationBuilder(PalermoApplication.class))
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    /**
     * A start-up that fails (a database that does not answer, a wrong password) is said once, in one line,
     * by the launcher (exit 2), instead of Spring's report of the whole chain of beans with every stack trace.
     * As defaults: {@code PALERMO_JAVA_OPTS=-Dlogging.level.org.springframework.boot.SpringApplication=ERROR}
     * brings the report back.
     */
    static SpringApplicationBuilder oneLineFailures(SpringApplicationBuilder builder) {
        return builder.properties(Map.of(
                "logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "ERROR",
                "logging.level.org.springframework.boot.web.server.servlet.context", "ERROR"));
    }

    /**
     * For the commands that use the database without the application context (backup, restore): without
     * Spring Boot nobody sets the log levels, and the embedded server would narrate its start on stdout.
     */
    static void quietLogging() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            // module ranges make out-of-order migrations normal (application.properties says the same)
            logback.getLogger("org.flywaydb.core.internal.command.DbMigrate").setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
