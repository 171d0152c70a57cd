package org.palermo.cli;

import picocli.CommandLine.Command;

/** {@code ./palermo eval KIND}: measure the extractor and the case coder against gold annotations. */
@Command(name = "eval", description = "Measure extraction (facts, roles) and case coding (cases) against gold annotations.",
        subcommands = {EvalFactsCommand.class, EvalRolesCommand.class, EvalCasesCommand.class})
class EvalCommand {
}
