package org.palermo.cli;

import picocli.CommandLine.Command;

/** {@code ./palermo import KIND FILE}: bulk imports, one sub-command per kind of file. */
@Command(name = "import", description = "Import data files: glotip, cases, ctdc, flows, facts.",
        subcommands = {ImportGlotipCommand.class, ImportCasesCommand.class, ImportCtdcCommand.class, ImportFlowsCommand.class,
                ImportFactsCommand.class})
class ImportCommand {
}
