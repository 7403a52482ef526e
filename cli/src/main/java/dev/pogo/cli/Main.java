package dev.pogo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pogo} command. */
@Command(name = "pogo", mixinStandardHelpOptions = true, version = "pogo 0.1.0",
        description = "A Scheme for the JVM with proper tail calls and first-class continuations.",
        subcommands = {RunCommand.class, TestCommand.class, IrCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        dev.pogo.runtime.port.OutputPort.flushAll();
        System.exit(code);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
