package dev.pogo.runtime.interop;

import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.print.Printer;

import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses among a method's overloads by the run-time arguments: every argument must
 * fit its parameter ({@link Convert#cost}); the candidate with the lowest total cost
 * wins, then a fixed-arity one over a varargs one, then the more specific; two
 * candidates still tied are an ambiguity, reported with both.
 */
final class Overloads {
    private Overloads() {}

    /** A chosen executable; packed: the trailing arguments go into its varargs array. */
    record Choice(Executable target, boolean packed) {}

    static Choice choose(List<? extends Executable> candidates, Object[] args, String what) {
        List<Choice> cheapest = new ArrayList<>();
        int bestCost = Integer.MAX_VALUE;
        for (Executable e : candidates) {
            for (boolean packed : e.isVarArgs() ? new boolean[] {false, true} : new boolean[] {false}) {
                int cost = cost(e, args, packed);
                if (cost == Convert.NO || cost > bestCost) continue;
                if (cost < bestCost) cheapest.clear();
                bestCost = cost;
                cheapest.add(new Choice(e, packed));
            }
        }
        if (cheapest.isEmpty()) {
            throw PogoError.error(what + ": no overload accepts the arguments " + describe(args)
                    + (candidates.isEmpty() ? " (there is no public one)" : "; candidates: " + signatures(candidates)));
        }
        List<Choice> unbeaten = new ArrayList<>();
        for (Choice c : cheapest) {
            if (cheapest.stream().noneMatch(o -> o != c && better(o, c))) unbeaten.add(c);
        }
        if (unbeaten.size() != 1) {
            throw PogoError.error(what + ": ambiguous call with the arguments " + describe(args) + "; candidates: "
                    + signatures(unbeaten.stream().map(Choice::target).toList()) + " (convert an argument to pick one)");
        }
        return unbeaten.get(0);
    }

    private static int cost(Executable e, Object[] args, boolean packed) {
        Class<?>[] params = e.getParameterTypes();
        int n = params.length;
        if (!packed && args.length != n) return Convert.NO;
        if (packed && args.length < n - 1) return Convert.NO;
        int total = packed ? 10 : 0;
        for (int i = 0; i < args.length; i++) {
            Class<?> p = packed && i >= n - 1 ? params[n - 1].getComponentType() : params[i];
            int c = Convert.cost(args[i], p);
            if (c == Convert.NO) return Convert.NO;
            total += c;
        }
        return total;
    }

    /** Whether a should be preferred to b when their costs tie. */
    private static boolean better(Choice a, Choice b) {
        if (a.packed() != b.packed()) return !a.packed();
        Class<?>[] pa = a.target().getParameterTypes();
        Class<?>[] pb = b.target().getParameterTypes();
        if (pa.length != pb.length) return false;
        boolean strictly = false;
        for (int i = 0; i < pa.length; i++) {
            if (pa[i] == pb[i]) continue;
            if (!wrap(pb[i]).isAssignableFrom(wrap(pa[i])) && !primitiveWidens(pa[i], pb[i])) return false;
            strictly = true;
        }
        if (!strictly) {
            // the same parameters: an override seen twice; the subclass's is better
            return !Modifier.isAbstract(a.target().getModifiers()) && Modifier.isAbstract(b.target().getModifiers());
        }
        return true;
    }

    private static final List<Class<?>> WIDENING = List.of(byte.class, short.class, int.class, long.class, float.class, double.class);

    private static boolean primitiveWidens(Class<?> from, Class<?> to) {
        int f = WIDENING.indexOf(from);
        int t = WIDENING.indexOf(to);
        return f >= 0 && t >= 0 && f < t;
    }

    private static Class<?> wrap(Class<?> c) {
        return java.lang.invoke.MethodType.methodType(c).wrap().returnType();
    }

    static String describe(Object[] args) {
        return "(" + java.util.Arrays.stream(args).map(Printer::write).collect(Collectors.joining(" ")) + ")";
    }

    static String signatures(List<? extends Executable> es) {
        return es.stream().map(Overloads::signature).sorted().collect(Collectors.joining(", "));
    }

    static String signature(Executable e) {
        String name = e instanceof java.lang.reflect.Constructor ? "new" : e.getName();
        return name + "(" + java.util.Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ")) + ")";
    }
}
