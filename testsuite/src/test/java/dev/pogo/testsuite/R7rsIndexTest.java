package dev.pogo.testsuite;

import dev.pogo.compiler.Compiler;
import dev.pogo.compiler.expand.Builtins;
import dev.pogo.runtime.Symbol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The R7RS-small index (appendix A), library by library, against what Pogo's
 * standard libraries export ({@link Builtins#exportedBy}). The index is the
 * resource {@code r7rs-index.txt}; identifiers Pogo does not provide yet are on
 * its known-missing list, each with a reason, and nowhere else.
 */
class R7rsIndexTest {
    private static final Pattern ENTRY = Pattern.compile("\\(([^()]+)\\)\\s+(\\S+)");
    private static final Pattern MISSING = Pattern.compile("missing\\s+\\(([^()]+)\\)\\s+(\\S+)\\s*(?:--\\s*(.*))?");

    /** library -> identifiers, as appendix A lists them. */
    private static final Map<String, Set<String>> index = new LinkedHashMap<>();
    /** "library identifier" -> reason, for what is known not to be there yet. */
    private static final Map<String, String> missing = new LinkedHashMap<>();
    private static Builtins builtins;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = R7rsIndexTest.class.getResourceAsStream("/r7rs-index.txt")) {
            if (in == null) throw new IllegalStateException("missing resource r7rs-index.txt");
            int lineNo = 0;
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                Matcher m = MISSING.matcher(line);
                if (m.matches()) {
                    String reason = m.group(3) == null ? "" : m.group(3).strip();
                    if (reason.isEmpty()) throw new IllegalStateException("r7rs-index.txt:" + lineNo + ": a known-missing item needs a reason after --");
                    if (missing.put(m.group(1) + " " + m.group(2), reason) != null)
                        throw new IllegalStateException("r7rs-index.txt:" + lineNo + ": listed as missing twice");
                    continue;
                }
                m = ENTRY.matcher(line);
                if (!m.matches()) throw new IllegalStateException("r7rs-index.txt:" + lineNo + ": cannot read: " + raw);
                if (!index.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(m.group(2)))
                    throw new IllegalStateException("r7rs-index.txt:" + lineNo + ": listed twice");
            }
        }
        builtins = Compiler.standard().builtins();
    }

    private static Set<String> exports(String library) {
        Set<String> out = new TreeSet<>();
        for (Symbol s : builtins.exportedBy(Set.of(library)).keySet()) out.add(s.name);
        return out;
    }

    @Test
    void theIndexHasEveryStandardLibrary() {
        assertEquals(List.of("scheme base", "scheme case-lambda", "scheme char", "scheme complex", "scheme cxr",
                        "scheme eval", "scheme file", "scheme inexact", "scheme lazy", "scheme load",
                        "scheme process-context", "scheme read", "scheme repl", "scheme time", "scheme write",
                        "scheme r5rs"),
                new ArrayList<>(index.keySet()));
        // Appendix A's sizes: a line lost or duplicated while editing shows here.
        assertEquals(238, index.get("scheme base").size());
        assertEquals(222, index.get("scheme r5rs").size());
        assertEquals(22, index.get("scheme char").size());
        assertEquals(24, index.get("scheme cxr").size());
    }

    @Test
    void everyIdentifierIsExportedByItsLibrary() {
        List<String> absent = new ArrayList<>();
        index.forEach((library, names) -> {
            Set<String> exported = exports(library);
            for (String name : names)
                if (!exported.contains(name) && !missing.containsKey(library + " " + name))
                    absent.add("(" + library + ") " + name);
        });
        assertTrue(absent.isEmpty(), absent.size() + " identifiers of the R7RS index are not exported by their library"
                + " (implement them, or add them to the known-missing list with a reason):\n  " + String.join("\n  ", absent));
    }

    @Test
    void theKnownMissingListIsTrue() {
        List<String> wrong = new ArrayList<>();
        missing.keySet().forEach(key -> {
            int space = key.indexOf(' ', "scheme ".length());
            String library = key.substring(0, space), name = key.substring(space + 1);
            if (!index.getOrDefault(library, Set.of()).contains(name)) wrong.add(key + ": not in the R7RS index");
            else if (exports(library).contains(name)) wrong.add(key + ": exported now, take it off the known-missing list");
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noStandardLibraryExportsWhatR7rsPutsElsewhere() {
        List<String> extra = new ArrayList<>();
        index.forEach((library, names) -> {
            for (String name : exports(library)) {
                if (names.contains(name)) continue;
                List<String> where = new ArrayList<>();
                index.forEach((l, n) -> { if (n.contains(name)) where.add("(" + l + ")"); });
                extra.add("(" + library + ") " + name + (where.isEmpty() ? " (not in R7RS)" : " (R7RS: " + String.join(" ", where) + ")"));
            }
        });
        assertTrue(extra.isEmpty(), extra.size() + " exports that R7RS does not give these libraries:\n  " + String.join("\n  ", extra));
    }
}
