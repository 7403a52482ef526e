package dev.pogo.testsuite;

import dev.pogo.cli.Runner;
import dev.pogo.cli.TestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SRFI 64 forms and {@code pogo test} itself: what is counted, what is reported, where. */
class TestRunnerTest {
    @TempDir
    Path dir;

    private record Run(TestRunner.Summary summary, String output) {}

    private Run run(Path junit, Path... paths) throws Exception {
        StringWriter out = new StringWriter();
        TestRunner.Summary s = TestRunner.run(List.of(paths), false, new PrintWriter(out), junit);
        return new Run(s, out.toString());
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aFailingTestIsReportedWithItsLineExpectedAndActual() throws Exception {
        Path f = file("one.scm", """
                (test-begin "one")
                (test-equal 3 (+ 1 2))
                (test-equal "sum" 4 (+ 1 2))
                (test-assert (= 1 1))
                (test-end "one")
                """);
        Run r = run(null, f);
        assertEquals(2, r.summary().passed());
        assertEquals(1, r.summary().failed());
        assertEquals(1, r.summary().exitCode());
        assertTrue(r.output().contains(f + ":3: FAIL sum: expected 4, got 3"), r.output());
        assertTrue(r.output().contains("2 passed, 1 failed"), r.output());
    }

    @Test
    void anExceptionInsideATestIsThatTestsFailureAndTheFileGoesOn() throws Exception {
        Path f = file("raise.scm", """
                (test-equal 1 (car '()))
                (test-eqv 2 (+ 1 1))
                (test-error (vector-ref (vector) 0))
                (test-error (+ 1 1))
                (test-error error-object? (raise 'not-an-error-object))
                (test-approximate 3.14 (* 4 (atan 1)) 0.01)
                """);
        Run r = run(null, f);
        assertEquals(3, r.summary().passed(), r.output());
        assertEquals(3, r.summary().failed(), r.output());
        assertTrue(r.output().contains(f + ":1: FAIL (car (quote ())): raised car: expected a pair, got ()"), r.output());
        assertTrue(r.output().contains(f + ":4: FAIL (+ 1 1): expected an error, got 2"), r.output());
        assertTrue(r.output().contains(f + ":5: FAIL"), r.output());
    }

    @Test
    void skipsAndExpectedFailuresAreCountedApart() throws Exception {
        Path f = file("skip.scm", """
                (test-begin "s")
                (test-skip 1)
                (test-equal 1 2)
                (test-skip "by name")
                (test-equal "by name" 1 2)
                (test-expect-fail 1)
                (test-equal 1 2)
                (test-group "skipped group" (test-skip "g") (test-group "g" (test-assert #f)) (test-assert #t))
                (test-end)
                """);
        Run r = run(null, f);
        assertEquals(0, r.summary().failed(), r.output());
        assertEquals(1, r.summary().passed(), r.output());
        assertEquals(3, r.summary().skipped(), r.output());
        assertEquals(1, r.summary().expectedFailures(), r.output());
        assertTrue(r.output().contains("1 passed, 0 failed, 3 skipped, 1 expected failures"), r.output());
        assertEquals(0, r.summary().exitCode());
    }

    @Test
    void aSyntaxErrorIsAFailureOfItsFileAndTheRunGoesOn() throws Exception {
        Path bad = file("a/bad.scm", "(test-equal 1 1)\n(test-equal (if) 1)\n");
        Path good = file("a/good.scm", "(test-equal 1 1)\n");
        Run r = run(null, dir.resolve("a"));
        assertEquals(1, r.summary().passed(), r.output());
        assertEquals(1, r.summary().failed(), r.output());
        assertTrue(r.output().contains(bad + ":2: FAIL " + bad + ": does not compile: bad syntax"), r.output());
        assertTrue(r.output().contains("^"), "shows the position:\n" + r.output());
        assertEquals(2, r.summary().files().size());
        assertTrue(Files.exists(good));
    }

    @Test
    void anUncaughtErrorOutsideATestKeepsTheResultsBeforeIt() throws Exception {
        Path f = file("uncaught.scm", """
                (test-assert #t)
                (define (f x) (car x))
                (f 5)
                (test-assert "never reached" #t)
                """);
        Run r = run(null, f);
        assertEquals(1, r.summary().passed(), r.output());
        assertEquals(1, r.summary().failed(), r.output());
        assertTrue(r.output().contains(f + ":2: FAIL " + f + ": uncaught error outside any test: car: expected a pair, got 5"), r.output());
    }

    @Test
    void anErrorInAGroupOutsideATestFailsTheGroup() throws Exception {
        Path f = file("group.scm", """
                (test-group "g"
                  (test-assert #t)
                  (car 1)
                  (test-assert #t))
                (test-assert "after the group" #t)
                """);
        Run r = run(null, f);
        assertEquals(2, r.summary().passed(), r.output());
        assertEquals(1, r.summary().failed(), r.output());
        assertTrue(r.output().contains(f + ":1: FAIL g: raised outside any test: car"), r.output());
    }

    @Test
    void eachFileHasItsOwnGlobals() throws Exception {
        Path a = file("env/a.scm", "(define x 1)\n(test-eqv 1 x)\n");
        Path b = file("env/b.scm", "(test-error (+ x 1))\n");
        Run r = run(null, a, b);
        assertEquals(2, r.summary().passed(), r.output());
        assertEquals(0, r.summary().failed(), r.output());
    }

    @Test
    void pendingFilesAreLeftOutOfDirectoryRunsButRunWhenNamed() throws Exception {
        file("p/ok.scm", "(test-assert #t)\n");
        Path pending = file("p/pending-x.scm", "(test-assert #f)\n");
        Run r = run(null, dir.resolve("p"));
        assertEquals(0, r.summary().failed(), r.output());
        assertEquals(1, r.summary().pendingFiles());
        assertTrue(r.output().contains("1 pending-*.scm file not run"), r.output());
        assertEquals(1, run(null, pending).summary().failed());
    }

    @Test
    void junitXmlIsWellFormedWithOneTestCasePerAssertion() throws Exception {
        Path f = file("x/t.scm", """
                (test-equal "less <than> & \\"quotes\\"" 1 2)
                (test-assert #t)
                (test-skip 1)
                (test-assert #f)
                """);
        file("x/broken.scm", "(test-assert #t)\n(\n");
        Path xml = dir.resolve("out/results.xml");
        Run r = run(xml, dir.resolve("x"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength(), Files.readString(xml));
        assertEquals(1, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("error").getLength());
        assertEquals(1, doc.getElementsByTagName("skipped").getLength());
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("expected 1, got 2", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains(f + ":1: FAIL less <than> & \"quotes\""), failure.getTextContent());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(String.valueOf(r.summary().failed()), root.getAttribute("failures"));
    }

    @Test
    void theTestFormsWorkInProgramsThatImportSrfi64AndInPogoRun() throws Exception {
        Path f = file("prog.scm", """
                (import (scheme base) (srfi 64))
                (test-begin "p")
                (test-equal '(1 2) (list 1 2))
                (test-eqv "bad" 1 2)
                (test-end "p")
                """);
        Runner.Result r = Runner.capture(f);
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains(f + ":4: FAIL bad: expected 1, got 2"), r.stdout());
        assertTrue(r.stdout().contains("1 passed, 1 failed"), r.stdout());
        // without the import, a program does not see the test forms
        Path g = file("noimport.scm", "(import (scheme base))\n(test-assert #t)\n");
        assertFalse(run(null, g).summary().failed() == 0);
    }
}
