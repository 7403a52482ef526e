package dev.pogo.runtime.print;

import dev.pogo.runtime.Numbers;
import dev.pogo.runtime.read.Lexical;

/** Decides which symbol names must be written between vertical bars to read back as themselves. */
final class SymbolSyntax {
    private SymbolSyntax() {}

    static boolean needsBars(String name) {
        if (name.isEmpty() || name.equals(".") || name.charAt(0) == '#') return true;
        if (looksNumeric(name)) return true;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Lexical.isDelimiter(c) || c == '\'' || c == '`' || c == ',' || c == '\\' || !Lexical.isGraphic(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Whether the name starts like a number. Checked by shape as well as by the number
     * parser so that names such as {@code 1+} and {@code +nan.0abc} stay readable by
     * other Schemes too.
     */
    private static boolean looksNumeric(String name) {
        char first = name.charAt(0);
        if (isDigit(first)) return true;
        if (name.length() > 1 && (first == '+' || first == '-' || first == '.')) {
            char second = name.charAt(1);
            if (isDigit(second)) return true;
            if (second == '.' && first != '.' && name.length() > 2 && isDigit(name.charAt(2))) return true;
            // +inf.0, -nan.0 and complex numbers built from them: names such as +nan.0abc
            // are peculiar identifiers in R7RS, but other readers take them for numbers.
            if (first != '.' && (name.regionMatches(true, 1, "inf.", 0, 4) || name.regionMatches(true, 1, "nan.", 0, 4))) {
                return true;
            }
        }
        return Numbers.parse(name, 10) != null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
