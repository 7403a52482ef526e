package dev.pogo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pogo} command. */
@Command(name = "pogo", mixinStandardHelpOptions = true, version = "pogo 0.1.0",
        description = "A Scheme for the JVM with proper tail calls and first-class continuations.",
        subcommands = {RunCommand.class, TestCommand.class, IrCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        // after run's FILE everything belongs to the program, options included
        cl.getSubcommands().get("run").setStopAtPositional(true);
        int code = cl.execute(args);
        dev.pogo.runtime.port.Console.flushAll();
        System.exit(code);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
