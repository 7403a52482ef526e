;;; R7RS 5.6: libraries. The define-library forms come before the program's
;;; import declaration, in the same file.

;; Private state, a private helper, and an export under another name.
(define-library (conformance counter)
  (export next-count (rename reset-count! reset!) count-squared)
  (import (scheme base))
  (begin
    (define count 0)
    (define (next-count)
      (set! count (+ count 1))
      count)
    (define (reset-count!) (set! count 0))
    (define (square-it x) (* x x))
    (define (count-squared) (square-it count))))

;; A library macro whose expansion uses the library's private bindings; the
;; program cannot see them, and its own names do not capture them.
(define-library (conformance macros)
  (export swap! with-logging log-entries)
  (import (scheme base))
  (begin
    (define log '())
    (define (record! x) (set! log (cons x log)))
    (define (log-entries) (reverse log))
    (define-syntax swap!
      (syntax-rules ()
        ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))
    (define-syntax with-logging
      (syntax-rules ()
        ((_ tag expr) (let ((v expr)) (record! (list 'tag v)) v))))))

;; A library importing another user library (with an import modifier) and
;; re-exporting one of its bindings; several begin declarations.
(define-library (conformance shapes)
  (export make-square square? square-side area next-count)
  (import (scheme base)
          (only (conformance counter) next-count))
  (begin
    (define-record-type <square>
      (make-square side)
      square?
      (side square-side)))
  (begin
    (define (area s) (* (square-side s) (square-side s)))))

;; A cond-expand library declaration.
(define-library (conformance features)
  (export which)
  (import (scheme base))
  (cond-expand
    (r7rs (begin (define which 'r7rs)))
    (else (begin (define which 'other)))))

(import (scheme base) (srfi 64)
        (conformance counter)
        (prefix (conformance macros) m:)
        (conformance shapes)
        (conformance features))

;; log, record! and square-it are private to their libraries: free here.
(define log 'program-log)
(define (record! x) 'program-record)
(define (square-it x) 'program-square)
(define tmp 'program-tmp)

(test-begin "5.6 libraries")

(test-group "state and renamed exports"
  (test-eqv 1 (next-count))
  (test-eqv 2 (next-count))
  (test-eqv 4 (count-squared))
  (reset!)
  (test-eqv 0 (count-squared))
  (test-eqv 1 (next-count))
  (test-eq 'program-square (square-it 3)))

(test-group "library macros"
  (test-equal '(2 1)
    (let ((x 1) (y 2))
      (m:swap! x y)
      (list x y)))
  ;; the program's own tmp is not captured by the macro's
  (test-equal '(other program-tmp)
    (let ((other 'other))
      (m:swap! tmp other)
      (let ((result (list tmp other)))
        (set! tmp 'program-tmp)
        result)))
  (test-eqv 3 (m:with-logging three (+ 1 2)))
  (test-equal '((three 3)) (m:log-entries))
  (test-eq 'program-log log)
  (test-eq 'program-record (record! 1)))

(test-group "libraries importing libraries"
  (let ((s (make-square 3)))
    (test-eqv #t (square? s))
    (test-eqv 3 (square-side s))
    (test-eqv 9 (area s)))
  ;; the re-exported next-count shares the counter library's state
  (test-eqv 2 (next-count)))

(test-group "cond-expand in a library declaration"
  (test-eq 'r7rs which))

(test-end)
