package dev.pogo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pogo} command; without a subcommand it starts the REPL. */
@Command(name = "pogo", mixinStandardHelpOptions = true, version = "pogo 0.1.0",
        description = "A Scheme for the JVM with proper tail calls and first-class continuations.",
        subcommands = {RunCommand.class, ReplCommand.class, BuildCommand.class, CompileCommand.class, TestCommand.class, ExpandCommand.class, IrCommand.class,
                CompletionCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        RunCommand plainRun = RunCommand.plain(args);
        int code = plainRun != null ? plainRun.callAsPicocliWould() : commandLine().execute(args);
        dev.pogo.runtime.port.Console.flushAll();
        System.exit(code);
    }

    /** The parser of pogo's command line. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // after run's FILE everything belongs to the program, options included
        cl.getSubcommands().get("run").setStopAtPositional(true);
        return cl;
    }

    @Override
    public void run() {
        try {
            int code = new ReplCommand().call();
            dev.pogo.runtime.port.Console.flushAll();
            System.exit(code);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
