;; Continuations and calls from Java (DESIGN.md point 8): escapes out of a
;; callback work; re-entering one that has returned is a clear error.
(import (scheme base) (scheme write) (pogo java) (pogo control) (srfi 158) (srfi 64))
(import-java java.util.ArrayList java.util.Collections java.util.List)

(test-begin "java continuations")

(define l (ArrayList:new (List:of 3 1 2)))

(test-equal "call/cc escape out of a Comparator" 'escaped
  (call/cc (lambda (k) (Collections:sort l (lambda (a b) (k 'escaped))) 'sorted)))
(test-equal "guard catches an error raised in a callback" '(caught "boom")
  (guard (e (#t (list 'caught (error-object-message e))))
    (Collections:sort l (lambda (a b) (error "boom" a b)))))
(test-equal "abort-to-prompt out of a callback" '(aborted 3)
  (call/p 'tag (lambda () (.forEach l (lambda (x) (abort-to-prompt 'tag x))) 'none)
          (lambda (k v) (list 'aborted v))))
(test-equal "escape through two nested callbacks" 'out
  (call/cc (lambda (k) (.forEach l (lambda (x) (.forEach l (lambda (y) (k 'out))))) 'done)))
(test-equal "nested callbacks that return" 9
  (let ((n 0)) (.forEach l (lambda (x) (.forEach l (lambda (y) (set! n (+ n 1)))))) n))

(define saved #f)
(.forEach l (lambda (x) (call/cc (lambda (k) (unless saved (set! saved k))))))
(test-equal "re-entering a continuation captured in a returned callback is an error"
  "cannot re-enter a continuation captured inside a call from Java (the Java frames it needs have returned); escaping out of such a call works"
  (guard (e (#t (error-object-message e))) (saved 1)))

(define composable #f)
(call/p 'p (lambda () (.forEach l (lambda (x) (abort-to-prompt 'p)))) (lambda (k) (set! composable k)))
(test-error "re-instating a composable continuation cut across a callback is an error" (composable))

(test-equal "call/cc re-entry entirely inside one callback works" '(3 3 3)
  (let ((out '()))
    (.forEach l (lambda (x)
      (let ((n 0))
        (let ((k2 (call/cc (lambda (k) k))))
          (set! n (+ n 1))
          (when (< n 3) (k2 k2)))
        (set! out (cons n out)))))
    out))

(test-equal "dynamic-wind order on an escape out of a callback" "[in]<>[out]"
  (let ((p (open-output-string)))
    (call/cc (lambda (k)
      (dynamic-wind
        (lambda () (write-string "[in]" p))
        (lambda () (.forEach l (lambda (x) (dynamic-wind (lambda () (write-string "<" p)) (lambda () (k 1)) (lambda () (write-string ">" p))))))
        (lambda () (write-string "[out]" p)))))
    (get-output-string p)))

(test-equal "parameterize seen inside a callback" '(7 7 7)
  (let ((param (make-parameter 1)) (out '()))
    (parameterize ((param 7)) (.forEach l (lambda (x) (set! out (cons (param) out)))))
    out))

(test-equal "a generator running inside a callback" '(1 2 3)
  (let ((out '()))
    (.forEach (List:of 1) (lambda (ignored)
      (let ((g (make-coroutine-generator (lambda (yield) (yield 1) (yield 2) (yield 3)))))
        (set! out (generator->list g)))))
    out))

(test-end "java continuations")
