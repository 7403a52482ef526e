;; A hot Java call in a loop: a static method (Math.floorMod) and an instance
;; method (ArrayList.size) through their invokedynamic inline caches, 10,000,000 times.
;; pogo only (Chez has no Java)
;; expected: 59999994
(define three (java.util.ArrayList:new (java.util.List:of 1 2 3)))
(define (run)
  (let loop ((i 0) (sum 0))
    (if (= i 10000000)
        sum
        (loop (+ i 1) (+ sum (Math:floorMod i 7) (.size three))))))
