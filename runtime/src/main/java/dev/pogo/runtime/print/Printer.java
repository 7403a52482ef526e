package dev.pogo.runtime.print;

/** The external representation of values, for {@code display} and {@code write}. */
public final class Printer {
    private Printer() {}

    /** {@code write}: strings and characters in read syntax, datum labels for cycles. */
    public static String write(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, true, sb);
        return sb.toString();
    }

    /** {@code display}: strings and characters as their contents. */
    public static String display(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, false, sb);
        return sb.toString();
    }

    public static void print(Object x, boolean write, StringBuilder out) {
        out.append(String.valueOf(x)); // replaced by the full printer
    }
}
