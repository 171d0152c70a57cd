package org.palermo.cli;

/** Entry point of {@code ./palermo}; the commands are picocli sub-commands. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
