package dev.pogo.testsuite;

import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.SourceReader;
import dev.pogo.compiler.print.IrPrinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the IR of each program under {@code testsuite/golden} after every stage:
 * {@code x.scm} against {@code x.core}, {@code x.opt} (Core after the optimiser), {@code x.anf}, {@code x.cps} and
 * {@code x.closure}. After an intended change, run with the environment variable
 * {@code POGO_UPDATE_GOLDEN=1} to rewrite the expected files, then review the diff.
 */
class GoldenIrTest {
    static final Path ROOT = Path.of("golden");
    static final boolean UPDATE = System.getenv("POGO_UPDATE_GOLDEN") != null;

    @TestFactory
    Stream<DynamicTest> irMatchesGoldenFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".scm")).sorted().toList()) {
                for (String stage : List.of("core", "opt", "anf", "cps", "closure"))
                    tests.add(DynamicTest.dynamicTest(p.getFileName() + " " + stage, () -> check(p, stage)));
            }
        }
        return tests.stream();
    }

    private static void check(Path program, String stage) throws IOException {
        // a relative, stable file name: it appears in the IR's source positions
        Compiler.Stages s = Compiler.standard().stages(SourceReader.readString(Files.readString(program), program.getFileName().toString()), "golden");
        String actual = switch (stage) {
            case "core" -> IrPrinter.core(s.core());
            case "opt" -> IrPrinter.core(s.optimised());
            case "anf" -> IrPrinter.anf(s.anf());
            case "cps" -> IrPrinter.cps(s.cps());
            default -> IrPrinter.closure(s.closure());
        } + "\n";
        Path expected = ProgramsTest.sibling(program, "." + stage);
        if (UPDATE || !Files.exists(expected)) {
            Files.writeString(expected, actual);
            if (!UPDATE) throw new AssertionError("wrote missing golden file " + expected + "; review and commit it");
        }
        assertEquals(Files.readString(expected), actual, program + " at stage " + stage);
    }
}
