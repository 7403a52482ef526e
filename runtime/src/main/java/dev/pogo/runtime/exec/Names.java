package dev.pogo.runtime.exec;

/**
 * How Pogo names appear in generated method names, so that JVM stack traces read as
 * Pogo backtraces. Characters the JVM forbids in method names are replaced by
 * look-alikes, and back.
 */
public final class Names {
    private Names() {}

    // '$' too: it starts the suffixes of a function's other methods
    private static final String FORBIDDEN = ".;[/<>$";
    private static final String LOOKALIKE = "\u00b7\u037e\u2045\u2215\u2039\u203a\uff04";

    /** The resume method's name is the code method's with this suffix. */
    public static final String RESUME_SUFFIX = "$resume";

    /** The fixnum-specialised code method's name is the code method's with this suffix. */
    public static final String LONG_SUFFIX = "$L";

    /** Marks generated code in stack traces. */
    public static final String GENERATED_PACKAGE = "pogo.gen.";

    public static String methodName(int funId, String pogoName) {
        StringBuilder sb = new StringBuilder("f").append(funId).append('_');
        for (int i = 0; i < pogoName.length(); i++) {
            char c = pogoName.charAt(i);
            int k = FORBIDDEN.indexOf(c);
            sb.append(k >= 0 ? LOOKALIKE.charAt(k) : c);
        }
        return sb.toString();
    }

    /** The Pogo procedure name of a generated method, or null if it is not one. */
    public static String pogoName(String methodName) {
        if (!methodName.startsWith("f")) return null;
        int us = methodName.indexOf('_');
        if (us < 2) return null;
        for (int i = 1; i < us; i++) if (!Character.isDigit(methodName.charAt(i))) return null;
        String name = methodName.substring(us + 1);
        if (name.endsWith(RESUME_SUFFIX)) name = name.substring(0, name.length() - RESUME_SUFFIX.length());
        else if (name.endsWith(LONG_SUFFIX)) name = name.substring(0, name.length() - LONG_SUFFIX.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int k = LOOKALIKE.indexOf(c);
            sb.append(k >= 0 ? FORBIDDEN.charAt(k) : c);
        }
        return sb.toString();
    }
}
