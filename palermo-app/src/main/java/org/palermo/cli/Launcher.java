package org.palermo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./palermo}: one entry point, a sub-command per task. Commands stay thin: each parses its
 * arguments and calls one module's API. {@code extract} and {@code code-cases} start neither Spring
 * nor a database; the others start a non-web application context on the same data directory.
 */
@Command(name = "palermo", mixinStandardHelpOptions = true, version = "Palermo 0.1.0",
        description = "Open monitoring and knowledge system on trafficking in persons.",
        subcommands = {
                ServeCommand.class,
                IngestCommand.class,
                ReextractCommand.class,
                UserCommand.class,
                ImportCommand.class,
                EvalCommand.class,
                ExtractCommand.class,
                BulkExtractCommand.class,
                CodeCasesCommand.class,
                ReportCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Launcher implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args.length == 0 ? new String[] {"help"} : args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Launcher());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("palermo " + cmd.getCommandName() + ": " + oneLine(e));
            return 2;
        });
        return cli;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof org.palermo.system.InvalidInputException
                    || root instanceof org.palermo.system.DatabaseUnavailableException) {
                break;
            }
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replace('\n', ' ');
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
