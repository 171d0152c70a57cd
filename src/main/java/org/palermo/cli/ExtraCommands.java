package org.palermo.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Sub-commands that modules add to {@code ./palermo}, listed in one place so that {@code help}
 * shows them all.
 */
final class ExtraCommands {

    private ExtraCommands() {
    }

    static List<Object> all() {
        List<Object> commands = new ArrayList<>();
        return commands;
    }
}
