package dev.pogo.cli;

import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.exec.LargeStack;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pogo repl} (also a bare {@code pogo}). On a terminal: JLine line editing,
 * persistent history in ~/.pogo_history, completion of bound identifiers, and a
 * continuation prompt while parentheses are open. With piped input: no prompts, so
 * it can be scripted; results on standard output, errors on standard error.
 */
@Command(name = "repl", mixinStandardHelpOptions = true, description = "Start an interactive session.")
final class ReplCommand implements Callable<Integer> {
    @Option(names = {"-L", "--library-path"}, paramLabel = "DIR", description = "Look for libraries (foo bar) as DIR/foo/bar.sld.")
    List<Path> libraryPath = new ArrayList<>();

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
            description = "Jars and directories (separated by ${sys:path.separator}) whose Java classes the code uses; also POGO_CLASSPATH.")
    java.util.List<String> classPath = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        LibraryPath.add(libraryPath);
        JavaClassPath.add(classPath);
        return LargeStack.call(() -> System.console() != null ? interactive() : piped());
    }

    private int piped() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Repl repl = new Repl(out, err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while (!repl.quit() && (line = in.readLine()) != null) repl.feed(line);
        if (repl.wantsMore()) err.println("error: unexpected end of input: a form is not closed");
        return repl.exitCode();
    }

    private int interactive() throws Exception {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintWriter out = terminal.writer();
            Repl repl = new Repl(out, out);
            terminal.handle(Terminal.Signal.INT, signal -> repl.interrupt());
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("pogo")
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".pogo_history"))
                    .completer((r, line, candidates) -> {
                        for (Symbol s : repl.topLevel().visibleNames()) candidates.add(new Candidate(s.name));
                    })
                    .build();
            out.println("Pogo 0.1.0 -- ,help for commands, Ctrl-D to leave");
            while (!repl.quit()) {
                String line;
                try {
                    line = reader.readLine(repl.wantsMore() ? "  ... " : "pogo> ");
                } catch (UserInterruptException e) {
                    continue;   // Ctrl-C at the prompt: drop the line
                } catch (EndOfFileException e) {
                    break;
                }
                repl.feed(line);
            }
            return repl.exitCode();
        }
    }
}
