package dev.pogo.runtime;

import java.util.Arrays;

/**
 * A mutable Scheme string: a sequence of Unicode code points with O(1) indexing.
 * Code points are stored in an int array so that {@code string-ref} never has to
 * walk surrogate pairs; the representation stays private to this class.
 */
public final class MString {
    private int[] codePoints;
    private int length;

    public MString(int[] codePoints, int length) {
        this.codePoints = codePoints;
        this.length = length;
    }

    public MString(String s) {
        this.codePoints = codePointsOf(s);
        this.length = codePoints.length;
    }

    /**
     * The code points of a Java string, as {@code s.codePoints().toArray()} gives them
     * (an unpaired surrogate stands for itself), without a stream: the first stream
     * costs a cold JVM milliseconds of class loading, and every string constant of the
     * prelude is made here when it starts.
     */
    public static int[] codePointsOf(String s) {
        int[] out = new int[s.codePointCount(0, s.length())];
        for (int i = 0, j = 0; i < s.length(); j++) {
            int c = s.codePointAt(i);
            out[j] = c;
            i += Character.charCount(c);
        }
        return out;
    }

    public static MString filled(int length, int codePoint) {
        int[] cps = new int[length];
        Arrays.fill(cps, codePoint);
        return new MString(cps, length);
    }

    public int length() {
        return length;
    }

    public int codePointAt(int i) {
        if (i < 0 || i >= length) throw new IndexOutOfBoundsException(i);
        return codePoints[i];
    }

    public void set(int i, int codePoint) {
        if (i < 0 || i >= length) throw new IndexOutOfBoundsException(i);
        codePoints[i] = codePoint;
    }

    public MString substring(int start, int end) {
        return new MString(Arrays.copyOfRange(codePoints, start, end), end - start);
    }

    public void append(int codePoint) {
        if (length == codePoints.length) codePoints = Arrays.copyOf(codePoints, Math.max(8, length * 2));
        codePoints[length++] = codePoint;
    }

    public int[] toCodePoints() {
        return Arrays.copyOf(codePoints, length);
    }

    public boolean contentEquals(MString other) {
        return length == other.length && Arrays.equals(codePoints, 0, length, other.codePoints, 0, length);
    }

    public int compareTo(MString other) {
        return Arrays.compare(codePoints, 0, length, other.codePoints, 0, other.length);
    }

    /** Copies code points {@code [start, end)} into {@code dst} at {@code dstStart}. */
    public void getCodePoints(int start, int end, int[] dst, int dstStart) {
        checkRange(start, end);
        System.arraycopy(codePoints, start, dst, dstStart, end - start);
    }

    /** Copies {@code src[start, end)} over this string from {@code at}; correct even when src is this string. */
    public void replace(int at, MString src, int start, int end) {
        src.checkRange(start, end);
        checkRange(at, at + (end - start));
        System.arraycopy(src.codePoints, start, codePoints, at, end - start);
    }

    public void fill(int codePoint, int start, int end) {
        checkRange(start, end);
        Arrays.fill(codePoints, start, end, codePoint);
    }

    /** A hash of the contents, consistent with {@link #contentEquals}. */
    public int contentHash() {
        int h = 1;
        for (int i = 0; i < length; i++) h = 31 * h + codePoints[i];
        return h;
    }

    /** The Java string for code points {@code [start, end)}, without an intermediate copy. */
    public String toString(int start, int end) {
        checkRange(start, end);
        return new String(codePoints, start, end - start);
    }

    private void checkRange(int start, int end) {
        if (start < 0 || start > end || end > length) throw new IndexOutOfBoundsException(start + ".." + end);
    }

    @Override
    public String toString() {
        return new String(codePoints, 0, length);
    }
}
