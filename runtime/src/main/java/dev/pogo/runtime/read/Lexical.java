package dev.pogo.runtime.read;

import java.util.HashMap;
import java.util.Map;

/** Character classes and tables of the R7RS lexical syntax, shared by the reader and the printer. */
public final class Lexical {
    private Lexical() {}

    private static final Map<String, Integer> CHAR_BY_NAME = new HashMap<>();
    private static final Map<Integer, String> NAME_BY_CHAR = new HashMap<>();

    static {
        nameChar("alarm", 0x07);
        nameChar("backspace", 0x08);
        nameChar("delete", 0x7f);
        nameChar("escape", 0x1b);
        nameChar("newline", 0x0a);
        nameChar("null", 0x00);
        nameChar("return", 0x0d);
        nameChar("space", 0x20);
        nameChar("tab", 0x09);
    }

    private static void nameChar(String name, int codePoint) {
        CHAR_BY_NAME.put(name, codePoint);
        NAME_BY_CHAR.put(codePoint, name);
    }

    /** The code point of an R7RS character name such as "space", or -1. */
    public static int charFromName(String name) {
        Integer c = CHAR_BY_NAME.get(name);
        return c == null ? -1 : c;
    }

    /** The R7RS name of a character, such as "newline", or null if it has none. */
    public static String nameOfChar(int codePoint) {
        return NAME_BY_CHAR.get(codePoint);
    }

    public static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                || (c > 0x7f && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    /** Whether c ends a token (R7RS {@code <delimiter>}); -1, end of input, does too. */
    public static boolean isDelimiter(int c) {
        return c < 0 || c == '(' || c == ')' || c == '"' || c == ';' || c == '|' || isWhitespace(c);
    }

    /** Characters that print as themselves without confusing a reader or a terminal. */
    public static boolean isGraphic(int c) {
        if (c < 0x20 || c == 0x7f) return false;
        if (c < 0x7f) return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Simple Unicode case folding, code point by code point, as {@code #!fold-case} asks for. */
    public static String foldCase(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int folded = foldCase(c);
            if (folded != c && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.appendCodePoint(folded);
            i += Character.charCount(c);
        }
        return sb == null ? s : sb.toString();
    }

    public static int foldCase(int c) {
        // Upper then lower maps variants like final sigma to the same letter as foldcase does.
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    public static int hexDigit(int c) {
        return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
    }

    public static boolean isScalarValue(long c) {
        return c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);
    }
}
