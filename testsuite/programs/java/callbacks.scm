;; Pogo procedures where Java expects interfaces: functional interfaces,
;; implement, threads, executors.
(import (scheme base) (pogo java) (srfi 64))
(import-java (java.util ArrayList Collections Comparator) (java.util.function Function Supplier)
             (java.util.concurrent Executors TimeUnit Callable))

(test-begin "java callbacks")

(define l (ArrayList:new))
(for-each (lambda (x) (.add l x)) '(5 3 9 1))
(Collections:sort l (lambda (a b) (- b a)))
(test-equal "a lambda as a Comparator" '(9 5 3 1) (java-iterable->list l))
(.sort l (lambda (a b) (- a b)))
(test-equal "a lambda passed to a default method parameter" '(1 3 5 9) (java-iterable->list l))
(define seen '())
(.forEach l (lambda (x) (set! seen (cons x seen))))
(test-equal "Consumer" '(9 5 3 1) seen)
(test-equal "streams with Function and Predicate" '(20 36)
  (java-iterable->list (.toList (.map (.filter (.stream l) (lambda (x) (> x 4))) (lambda (x) (* 4 x))))))
(test-equal "Comparator's default methods still work on a Pogo Comparator" '(9 5 3 1)
  (let ((c (procedure->java (lambda (a b) (- a b)) Comparator)))
    (.sort l (.reversed c))
    (java-iterable->list l)))

(define counter
  (implement (Supplier Runnable)
    (get () 'got)
    (run () (set! seen 'ran))))
(test-equal "implement: first interface" 'got (.get counter))
(.run counter)
(test-equal "implement: second interface" 'ran seen)
(test-assert "implement: instance of both" (and (instance? counter Runnable) (instance? counter Supplier)))
(test-assert "toString of an implementation" (string? (.toString counter)))
(test-error "an unimplemented method raises" (.apply (implement Function) 1))

(define t (Thread:new (lambda () (set! seen 'from-thread))))
(.start t)
(.join t)
(test-equal "a Pogo procedure runs on a Java thread" 'from-thread seen)

(define pool (Executors:newFixedThreadPool 2))
(define futures
  (map (lambda (n) (.submit pool (implement Callable (call () (let loop ((i 0) (acc 0)) (if (> i n) acc (loop (+ i 1) (+ acc i))))))))
       '(10 100 1000)))
(test-equal "Pogo procedures on an ExecutorService" '(55 5050 500500) (map .get futures))
(.shutdown pool)
(test-assert "executor shut down" (.awaitTermination pool 10 TimeUnit:SECONDS))

(define (deep n) (if (= n 0) 0 (+ 1 (deep (- n 1)))))
(test-equal "deep recursion inside a callback" '(100000)
  (let ((r '())) (.forEach (java.util.List:of 1) (lambda (x) (set! r (list (deep 100000))))) r))
(test-equal "deep recursion on another thread" 200000
  (let* ((result #f)
         (t (Thread:new (lambda () (set! result (deep 200000))))))
    (.start t) (.join t) result))

(test-end "java callbacks")
