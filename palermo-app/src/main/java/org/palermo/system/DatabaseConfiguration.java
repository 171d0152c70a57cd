package org.palermo.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for the whole application: an external PostgreSQL server when
 * {@code PALERMO_DB_URL} is set, else the embedded server under {@code PALERMO_HOME}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(PalermoHome home,
                                  @Value("${palermo.home.delete-on-close:false}") boolean deleteOnClose,
                                  // off only for throw-away test data (application-test.properties)
                                  @Value("${palermo.db.durable:true}") boolean durable,
                                  @Value("${palermo.db.url:${PALERMO_DB_URL:}}") String externalUrl,
                                  @Value("${palermo.db.user:${PALERMO_DB_USER:postgres}}") String user,
                                  @Value("${palermo.db.password:${PALERMO_DB_PASSWORD:}}") String password) {
        if (externalUrl != null && !externalUrl.isBlank()) {
            return DatabaseServer.external(externalUrl, user, password);
        }
        return DatabaseServer.embedded(EmbeddedDatabase.startOrConnect(home, durable), deleteOnClose ? home : null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("palermo");
        return new HikariDataSource(config);
    }

    /**
     * The migrations run as the application's role (so that it owns what they create); on the embedded
     * server the audit log they may have created is then handed to its own owner ({@link DatabaseLockdown}).
     */
    @Bean
    FlywayMigrationStrategy migrateThenSecure(DatabaseServer server) {
        return flyway -> {
            flyway.migrate();
            server.afterMigration();
        };
    }

    @Bean
    PalermoHome palermoHome(@Value("${palermo.home:}") String home) {
        return PalermoHome.resolve(home);
    }
}
