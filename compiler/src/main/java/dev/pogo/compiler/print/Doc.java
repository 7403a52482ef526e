package dev.pogo.compiler.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny pretty-printer for IR: a node prints on one line when it fits, otherwise
 * its head on the first line and each child indented below.
 */
public final class Doc {
    private final String atom;
    private final List<Doc> items;

    private Doc(String atom, List<Doc> items) {
        this.atom = atom;
        this.items = items;
    }

    public static Doc atom(String s) {
        return new Doc(s, null);
    }

    public static Doc list(Object... parts) {
        List<Doc> items = new ArrayList<>();
        for (Object p : parts) add(items, p);
        return new Doc(null, items);
    }

    private static void add(List<Doc> items, Object p) {
        if (p instanceof Doc d) items.add(d);
        else if (p instanceof List<?> l) for (Object o : l) add(items, o);
        else items.add(atom(String.valueOf(p)));
    }

    public String render(int width) {
        StringBuilder sb = new StringBuilder();
        render(sb, 0, width);
        return sb.toString();
    }

    private String flat() {
        if (atom != null) return atom;
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(items.get(i).flat());
        }
        return sb.append(')').toString();
    }

    private void render(StringBuilder sb, int indent, int width) {
        String flat = flat();
        if (atom != null || indent + flat.length() <= width || items.isEmpty()) {
            sb.append(flat);
            return;
        }
        sb.append('(');
        // keep the head and its first atomic operands on the opening line
        int i = 0;
        items.get(i++).render(sb, indent + 1, width);
        while (i < items.size() && items.get(i).atom != null && i < 3) {
            sb.append(' ').append(items.get(i++).atom);
        }
        for (; i < items.size(); i++) {
            sb.append('\n').append(" ".repeat(indent + 2));
            items.get(i).render(sb, indent + 2, width);
        }
        sb.append(')');
    }
}
