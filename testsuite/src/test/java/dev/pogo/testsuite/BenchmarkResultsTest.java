package dev.pogo.testsuite;

import dev.pogo.bench.Bench;
import dev.pogo.bench.JavaKernels;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.exec.LargeStack;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs every benchmark in {@code testsuite/bench} once, at full size, and checks only
 * its result (and that of its Java equivalents). Never times anything: timing
 * belongs to {@code bench/run}, not to unit tests on a shared machine.
 */
class BenchmarkResultsTest {
    static final Path BENCH = Path.of("bench");

    @TestFactory
    Stream<DynamicTest> benchmarksComputeTheExpectedResult() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Bench.Program program : Bench.programs(BENCH)) {
            tests.add(DynamicTest.dynamicTest("pogo " + program.name(), () -> {
                String result = LargeStack.call(() -> {
                    Procedure run = Bench.load(program);
                    return Bench.runOnce(run);
                });
                assertEquals(program.expected(), result, program.file().toString());
            }));
            JavaKernels.Kernel kernel = JavaKernels.KERNELS.get(program.name());
            if (kernel == null) continue;
            if (kernel.boxed() != null)
                tests.add(DynamicTest.dynamicTest("java boxed " + program.name(), () -> assertEquals(program.expected(),
                        LargeStack.call(() -> JavaKernels.format(kernel.boxed().get())))));
            if (kernel.primitive() != null)
                tests.add(DynamicTest.dynamicTest("java long " + program.name(), () -> assertEquals(program.expected(),
                        LargeStack.call(() -> JavaKernels.format(kernel.primitive().get())))));
        }
        return tests.stream();
    }
}
