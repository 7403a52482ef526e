#!/usr/bin/env python3
"""Generates the large torture programs under testsuite/programs/torture/large/ and
testsuite/pending/. Run from the repository root: python3 testsuite/generators/gen-large.py
The generated files are committed; this script records how they were made and
computes their expected outputs independently of Pogo."""
import os, sys

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

def long_body(n):
    # One procedure whose body is a let* of n bindings, each a non-tail call,
    # followed by n expressions; every binding stays live until the end.
    lines = [f";; A procedure with a very long body: a let* of {n} bindings (each a non-tail",
             ";; call, all live to the end) and a sequence of further expressions.",
             "(define (inc x) (+ x 1))",
             "(define trace 0)",
             "(define (long-body x)",
             "  (let* ("]
    lines.append("         (a0 (inc x))")
    for i in range(1, n):
        lines.append(f"         (a{i} (inc a{i-1}))")
    lines.append("         )")
    for i in range(n):
        lines.append(f"    (set! trace (+ trace (inc a{i})))")
    terms = " ".join(f"a{i}" for i in range(n))
    lines.append(f"    (list trace (+ {terms}))))")
    lines.append("(display (long-body 0))")
    lines.append("(newline)")
    # expected: a_i = i+1; trace = sum (a_i + 1) = sum_{i}(i+2); total = sum (i+1)
    trace = sum(i + 2 for i in range(n))
    total = sum(i + 1 for i in range(n))
    return "\n".join(lines) + "\n", f"({trace} {total})\n"

def long_body_callcc(n):
    # the same shape with a continuation captured in the middle and re-entered,
    # so every live binding must be saved in and restored from a heap frame
    lines = [f";; A {n}-binding let* with a continuation captured in the middle, re-entered twice:",
             ";; all the bindings live across the capture are saved in one heap frame.",
             "(define (inc x) (+ x 1))",
             "(define k #f)",
             "(define shots 0)",
             "(define (long-body x)",
             "  (let* ("]
    lines.append("         (a0 (inc x))")
    mid = n // 2
    for i in range(1, n):
        if i == mid:
            lines.append(f"         (a{i} (+ (inc a{i-1}) (call/cc (lambda (c) (set! k c) 0))))")
        else:
            lines.append(f"         (a{i} (inc a{i-1}))")
    lines.append("         )")
    terms = " ".join(f"a{i}" for i in range(n))
    lines.append(f"    (+ {terms})))")
    lines.append("(define results '())")
    lines.append("(define (run)")
    lines.append("  (let ((r (long-body 0)))")
    lines.append("    (set! results (cons r results))")
    lines.append("    (set! shots (+ shots 1))")
    lines.append("    (if (< shots 3) (k (* shots 1000)) (reverse results))))")
    lines.append("(display (run))")
    lines.append("(newline)")
    base = sum(i + 1 for i in range(n))
    res = [base + (n - mid) * d for d in (0, 1000, 2000)]
    return "\n".join(lines) + "\n", "(" + " ".join(map(str, res)) + ")\n"

def many_toplevel(n):
    lines = [f";; {n} top-level forms: definitions of variables and procedures, and uses."]
    count = 0
    i = 0
    while count < n - 3:
        if i % 4 == 0:
            lines.append(f"(define v{i} {i})")
        elif i % 4 == 1:
            lines.append(f"(define (f{i} x) (+ x v{i-1}))")
        elif i % 4 == 2:
            lines.append(f"(define v{i} (f{i-1} {i}))")
        else:
            lines.append(f"(set! v{i-1} (+ v{i-1} 1))")
        count += 1
        i += 1
    # v_{4j} = 4j; v_{4j+2} = 4j+2 + 4j, then + 1
    vs = [j for j in range(i) if j % 4 == 2]
    lines.append("(define total 0)")
    lines.append("(define (add! x) (set! total (+ total x)))")
    body = " ".join(f"(add! v{j})" for j in vs)
    lines.append(f"(begin {body})")
    lines.append("(display total)")
    lines.append("(newline)")
    total = sum((j + (j - 2)) + (1 if j + 1 < i else 0) for j in vs)
    return "\n".join(lines) + "\n", f"{total}\n"

def quoted(n):
    items = " ".join(str(i) for i in range(n))
    deep = "(" * 1000 + "x" + ")" * 1000
    lines = [";; Large quoted constants: a 10,000-element list, a list nested 1,000 deep,",
             ";; vectors holding strings, chars and nested lists.",
             f"(define big '({items}))",
             "(display (length big)) (newline)",
             f"(display (list (car big) (list-ref big {n//2}) (list-ref big {n-1}))) (newline)",
             "(define (sum l acc) (if (null? l) acc (sum (cdr l) (+ acc (car l)))))",
             "(display (sum big 0)) (newline)",
             f"(define deep '{deep})",
             "(define (depth t) (if (pair? t) (+ 1 (depth (car t))) 0))",
             "(display (depth deep)) (newline)",
             "(define (innermost t) (if (pair? t) (innermost (car t)) t))",
             "(display (innermost deep)) (newline)",
             "(define vec '#(\"alpha\" \"beta\" #(1 \"two\" (3 \"three\")) #\\a (x . y) \"\" 2.5 -7))",
             "(write vec) (newline)",
             "(display (vector-length vec)) (newline)",
             "(write (vector-ref (vector-ref vec 2) 2)) (newline)",
             "(display (string-length (vector-ref vec 0))) (newline)",
             "(define (same) '(a (b #(c \"d\")) e))",
             "(display (eq? (same) (same))) (newline)",
             "(define nested-vec '#(#(#(#(#(1 2) 3) 4) 5) 6))",
             "(write nested-vec) (newline)",
             "(define strs '(\"a\\nb\" \"tab\\there\" \"quote\\\"q\" \"back\\\\slash\"))",
             "(write strs) (newline)",
             "(display (map string-length strs)) (newline)",
             ]
    out = [f"{n}", f"(0 {n//2} {n-1})", f"{n*(n-1)//2}", "1000", "x",
           '#("alpha" "beta" #(1 "two" (3 "three")) #\\a (x . y) "" 2.5 -7)',
           "8", '(3 "three")', "5", "#t",
           "#(#(#(#(#(1 2) 3) 4) 5) 6)",
           '("a\\nb" "tab\\there" "quote\\"q" "back\\\\slash")',
           "(3 8 7 10)"]
    return "\n".join(lines) + "\n", "\n".join(out) + "\n"

def calls_in_body(n, toplevel):
    # n non-tail calls in sequence with no live variables, in one procedure body
    # or directly at the top level
    head = [f";; {n} non-tail calls in sequence " + ("at the top level." if toplevel else "in one procedure body."),
            "(define count 0)", "(define (p x) (set! count (+ count x)))"]
    calls = [f"(p {i})" for i in range(n)]
    if toplevel:
        body = calls + ["(display count)", "(newline)"]
    else:
        body = ["(define (f)"] + ["  " + c for c in calls] + ["  count)", "(display (f))", "(newline)"]
    return "\n".join(head + body) + "\n", f"{n*(n-1)//2}\n"

# name -> generator, under testsuite/: the large programs that once passed the
# JVM's method-size limit (the compiler now splits long bodies and constant pools).
GENS = {
    "programs/torture/large/long-body-400": (lambda: long_body(400)),
    "programs/torture/large/long-body-callcc-400": (lambda: long_body_callcc(400)),
    "programs/torture/large/toplevel-2000": (lambda: many_toplevel(2000)),
    "programs/torture/large/quoted-constants-10000": (lambda: quoted(10000)),
    "programs/torture/large/calls-in-body-3000": (lambda: calls_in_body(3000, False)),
    "programs/torture/large/calls-at-toplevel-3000": (lambda: calls_in_body(3000, True)),
}

def main(root):
    for name, gen in GENS.items():
        scm, out = gen()
        write(os.path.join(root, name + ".scm"), scm)
        write(os.path.join(root, name + ".out"), out)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "testsuite")
