package dev.pogo.compiler;

import dev.pogo.compiler.core.Core;
import dev.pogo.runtime.Symbol;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Which libraries export each definition of the prelude. */
final class Prelude {
    private Prelude() {}

    /** Names defined at the prelude's top level; names starting with % are private. */
    static Map<Symbol, Set<String>> exports(Core prelude) {
        Map<Symbol, Set<String>> out = new HashMap<>();
        for (Core c : prelude instanceof Core.Seq s ? s.exprs() : java.util.List.of(prelude)) {
            if (c instanceof Core.GlobalSet g && g.define()) {
                String name = g.global().name().name;
                out.put(g.global().name(), name.startsWith("%") ? Set.of() : Set.of("scheme base"));
            }
        }
        return out;
    }
}
