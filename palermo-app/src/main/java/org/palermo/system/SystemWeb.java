package org.palermo.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The home page and the health check. */
@Configuration(proxyBeanMethods = false)
class SystemWeb {

    /** Paths of this module; the access table itself lives in accounts, which reads these. */
    static final List<String> PUBLIC_PATHS = List.of("/", "/api/v1/health", "/api/v1/openapi.json", "/api/v1/openapi.json.yaml", "/about");

    @Bean
    PublicPaths systemPublicPaths() {
        return () -> PUBLIC_PATHS;
    }

    /**
     * Boot registers a {@code ResourceUrlEncodingFilter} whenever the WebJars locator is present. It sends every
     * link a page writes ({@code @{...}}) through the static-resource chain, whose patterns include {@code /**},
     * so each link of a page became a class-path look-up: {@code /countries} (249 links) took 0.43 s. Palermo
     * writes no versioned resource URLs (the WebJars are addressed without their version and resolved when the
     * browser asks for them, by the resource handler), so the filter only cost time: it is registered disabled.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Controller
    static class Pages {
        @GetMapping("/")
        String home() {
            return "system/home";
        }

        @GetMapping("/about")
        String about() {
            return "system/about";
        }
    }

    /** Ready once every start-up step (migrations, reference and demo data) has finished. */
    @org.springframework.stereotype.Component
    static class Readiness implements org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent> {
        private volatile boolean ready;

        @Override
        public void onApplicationEvent(org.springframework.boot.context.event.ApplicationReadyEvent event) {
            ready = true;
        }

        boolean isReady() {
            return ready;
        }
    }

    @RestController
    static class Api {
        private final JdbcClient jdbc;
        private final DatabaseServer server;
        private final Readiness readiness;

        Api(JdbcClient jdbc, DatabaseServer server, Readiness readiness) {
            this.jdbc = jdbc;
            this.server = server;
            this.readiness = readiness;
        }

        /**
         * UP when the application and its database answer and start-up (including the first load of the
         * bundled data) has finished; STARTING (503) before that, DOWN (503) when the database does not answer.
         */
        @GetMapping("/api/v1/health")
        ResponseEntity<Map<String, Object>> health() {
            Map<String, Object> body = new LinkedHashMap<>();
            boolean db;
            try {
                db = jdbc.sql("select 1").query(Integer.class).single() == 1;
            } catch (RuntimeException e) {
                db = false;
            }
            boolean ready = readiness.isReady();
            body.put("status", !db ? "DOWN" : ready ? "UP" : "STARTING");
            body.put("database", Map.of("status", db ? "UP" : "DOWN", "embedded", server.isEmbedded()));
            body.put("version", "0.1.0");
            return ResponseEntity.status(db && ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
        }
    }
}
