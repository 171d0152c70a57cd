package org.palermo.cli;

import picocli.CommandLine.Command;

/** {@code ./palermo eval KIND}: measure the extractor and the case coder against gold annotations. */
@Command(name = "eval", description = "Measure extraction (facts) and case coding (cases) against gold annotations.",
        subcommands = {EvalFactsCommand.class, EvalCasesCommand.class})
class EvalCommand {
}
