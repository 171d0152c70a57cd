package org.palermo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PalermoApplication {
    public static void main(String[] args) {
        org.palermo.cli.Launcher.main(args);
    }
}
