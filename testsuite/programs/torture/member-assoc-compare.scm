;; R7RS member and assoc take an optional third argument, the equivalence predicate.
(display (member 2.0 '(1 2 3) =)) (newline)
(display (assoc 2.0 '((1 . a) (2 . b)) =)) (newline)
(display (member "B" '("a" "b" "c") string-ci=?)) (newline)
