;; (pogo base) sort, sort!, sorted? and merge, seen from a script.
(write (sort '(3 1 2) <))
(write (sort (vector "pear" "apple" "fig") string<?))
(define v (vector 3 2 1))
(sort! v <)
(write v)
(write (list (sorted? '(1 2 3) <) (sorted? #(3 1) <)))
(write (merge '(1 4) '(2 3) <))
(newline)
