package org.palermo.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.palermo.PalermoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start Palermo on the embedded database, with demo data on first start, and serve until stopped.")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: $PALERMO_PORT or 8080)")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: $PALERMO_HOME or ./palermo-data)")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> props = new HashMap<>();
        if (port != null) {
            props.put("server.port", port);
        }
        if (dataDir != null) {
            props.put("palermo.home", dataDir.toAbsolutePath().toString());
        }
        props.put("palermo.serve", "true");
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext context = Database.oneLineFailures(new SpringApplicationBuilder(PalermoApplication.class))
                .listeners(event -> {
                    if (event instanceof ApplicationReadyEvent ready
                            && ready.getApplicationContext() instanceof WebServerApplicationContext web) {
                        int actual = web.getWebServer().getPort();
                        System.out.println("Palermo is running at http://localhost:" + actual + "/  (Ctrl+C to stop)");
                        System.out.flush();
                    }
                })
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        context.addApplicationListener(e -> {
            if (e instanceof org.springframework.context.event.ContextClosedEvent) {
                stopped.countDown();
            }
        });
        stopped.await();
        return 0;
    }
}
