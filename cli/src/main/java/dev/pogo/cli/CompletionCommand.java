package dev.pogo.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code pogo completion}: a bash/zsh completion script; {@code source <(pogo completion)}. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script: source <(pogo completion)")
final class CompletionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        System.out.print(AutoComplete.bash("pogo", spec.root().commandLine()));
        return 0;
    }
}
