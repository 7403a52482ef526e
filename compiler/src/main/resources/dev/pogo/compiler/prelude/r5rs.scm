;;; (scheme r5rs): the identifiers R5RS defined (R7RS appendix A), all of them
;;; builtins defined elsewhere, so this file only adds the library to them.
;;;
;;; exact->inexact and inexact->exact are Java primitives declared in (scheme r5rs)
;;; alone. Not here yet, so not listed: eval, interaction-environment,
;;; null-environment, scheme-report-environment and load (they come with eval), and
;;; angle, imag-part, magnitude, make-polar, make-rectangular and real-part (they
;;; come with complex numbers). testsuite/src/test/resources/r7rs-index.txt lists
;;; them as known missing.

(%reexport (scheme r5rs)
  * + - ... / < <= = => > >= _ abs acos and append apply asin assoc assq
  assv atan begin boolean? caaaar caaadr caaar caadar caaddr caadr caar
  cadaar cadadr cadar caddar cadddr caddr cadr call-with-current-continuation
  call-with-input-file call-with-output-file call-with-values car case cdaaar
  cdaadr cdaar cdadar cdaddr cdadr cdar cddaar cddadr cddar cdddar cddddr
  cdddr cddr cdr ceiling char->integer char-alphabetic? char-ci<=? char-ci<?
  char-ci=? char-ci>=? char-ci>? char-downcase char-lower-case? char-numeric?
  char-ready? char-upcase char-upper-case? char-whitespace? char<=? char<?
  char=? char>=? char>? char? close-input-port close-output-port complex?
  cond cons cos current-input-port current-output-port define define-syntax
  delay denominator display do dynamic-wind else eof-object? eq? equal? eqv?
  even? exact? exp expt floor for-each force gcd if inexact? input-port?
  integer->char integer? lambda lcm length let let* let-syntax letrec
  letrec-syntax list list->string list->vector list-ref list-tail list?
  log make-string make-vector map max member memq memv min modulo negative?
  newline not null? number->string number? numerator odd? open-input-file
  open-output-file or output-port? pair? peek-char positive? procedure?
  quasiquote quote quotient rational? rationalize read read-char real?
  remainder reverse round set! set-car! set-cdr! sin sqrt string
  string->list string->number string->symbol string-append string-ci<=?
  string-ci<? string-ci=? string-ci>=? string-ci>? string-copy string-fill!
  string-length string-ref string-set! string<=? string<? string=? string>=?
  string>? string? substring symbol->string symbol? syntax-rules tan truncate
  values vector vector->list vector-fill! vector-length vector-ref vector-set!
  vector? with-input-from-file with-output-to-file write write-char zero?
  angle imag-part magnitude make-polar make-rectangular real-part)
