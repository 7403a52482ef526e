;;; R7RS 5.5: record-type definitions.
(import (scheme base) (srfi 64))

(define-record-type <pare>
  (kons x y)
  pare?
  (x kar set-kar!)
  (y kdr))

(define-record-type point (make-point x y) point? (x point-x) (y point-y set-point-y!))

(test-begin "5.5 records")
(test-eqv #t (pare? (kons 1 2)))
(test-eqv #f (pare? (cons 1 2)))
(test-eqv 1 (kar (kons 1 2)))
(test-eqv 2 (kdr (kons 1 2)))
(test-eqv 3 (let ((k (kons 1 2))) (set-kar! k 3) (kar k)))
(test-eqv #f (pare? (make-point 1 2)))
(test-eqv #f (point? (vector 1 2)))
(test-eqv 5 (let ((p (make-point 1 2))) (set-point-y! p 5) (point-y p)))
(test-error (kar (make-point 1 2)))
(test-eqv #f (procedure? (kons 1 2)))
(test-eqv #f (vector? (kons 1 2)))
(test-end)
