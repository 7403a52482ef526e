;; Referring to an internal definition before its initialisation has run is an
;; error that should be signalled, not a silent #<unspecified>.
(define (f)
  (define a b)
  (define b 1)
  a)
(display (f))
(newline)
