package org.palermo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader who closes the tab while a large answer is being sent: the server notices, says so at debug
 * level, and logs no error (an ERROR with a stack trace per closed tab would bury the real ones).
 */
@PalermoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ClientGoneTest {

    private static final String LOGGER = "org.palermo.system.ProblemResponses";

    @LocalServerPort
    int port;

    @AfterEach
    void quiet() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LOGGER, null);
    }

    @Test
    void aClientThatLeavesDuringALargeAnswerIsNoError(CapturedOutput output) throws Exception {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(LOGGER, LogLevel.DEBUG);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            // every published figure: about 17 MB of JSON, far more than the socket buffers hold
            socket.getOutputStream().write("GET /api/v1/statistics HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String start = new String(socket.getInputStream().readNBytes(64), StandardCharsets.US_ASCII);
            assertThat(start).startsWith("HTTP/1.1 200");
            socket.setSoLinger(true, 0);   // leave abruptly, as a closed tab does
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!output.getOut().contains("Client went away during GET /api/v1/statistics") && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(output.getOut()).contains("Client went away during GET /api/v1/statistics")
                .doesNotContain("Unexpected error on GET /api/v1/statistics");
    }
}
