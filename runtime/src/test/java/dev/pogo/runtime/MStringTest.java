package dev.pogo.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MStringTest {
    @Test
    void codePointsAreTheStreamsOnes() {
        for (String s : new String[] {"", "abc", "λx.x", "a\uD83D\uDE00b", "\uD83D", "x\uDE00", "\uDE00\uD83D", "\uD83D\uD83D\uDE00"}) {
            assertArrayEquals(s.codePoints().toArray(), MString.codePointsOf(s), s);
            assertEquals(s, new MString(s).toString(), s);
        }
    }
}
