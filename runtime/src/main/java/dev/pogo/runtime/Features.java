package dev.pogo.runtime;

import java.util.List;

/** Pogo's feature identifiers, for cond-expand and the features procedure (R7RS appendix B). */
public final class Features {
    private Features() {}

    public static final List<String> ALL = List.of(
            "r7rs", "exact-closed", "exact-complex", "ieee-float", "full-unicode", "ratios",
            "pogo", "jvm", "srfi-1", "srfi-2", "srfi-8", "srfi-26", "srfi-28", "srfi-64", "srfi-69",
            "srfi-111", "srfi-132", "srfi-133");
}
