;; Java member uses become %java-... primitives with constant class and member
;; names, which the back end emits as invokedynamic inline caches.
(import-java java.util.ArrayList)
(define (fill n)
  (let ((l (ArrayList:new)))
    (do ((i 0 (+ i 1))) ((= i n) l)
      (.add l (Math:abs (- i))))))
(define (sizes lists) (map .size lists))
(display (.-x (java.awt.Point:new 1 2)))
(display Math:PI)
