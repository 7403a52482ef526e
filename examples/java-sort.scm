;; Sorting Java collections with Pogo procedures as Comparators.
(import (scheme base) (scheme write) (scheme char) (pogo java))
(import-java (java.util ArrayList Collections Comparator List))

(define words (ArrayList:new (List:of "pear" "fig" "banana" "kiwi" "apple" "date")))

;; a lambda where Java expects a Comparator: by length, then alphabetically
(Collections:sort words
  (lambda (a b)
    (cond ((< (string-length a) (string-length b)) -1)
          ((> (string-length a) (string-length b)) 1)
          ((string<? a b) -1)
          ((string>? a b) 1)
          (else 0))))
(display "by length: ") (write (java-iterable->list words)) (newline)

;; a Pogo Comparator is a real one: its default methods (reversed, thenComparing) work
(define by-last-letter
  (procedure->java (lambda (a b) (- (char->integer (string-ref a (- (string-length a) 1)))
                                    (char->integer (string-ref b (- (string-length b) 1)))))
                   Comparator))
(.sort words (.thenComparing by-last-letter (Comparator:naturalOrder)))
(display "by last letter: ") (write (java-iterable->list words)) (newline)
(.sort words (.reversed (Comparator:naturalOrder)))
(display "reversed: ") (write (java-iterable->list words)) (newline)

;; and streams take Pogo lambdas too
(display "long ones, upcased: ")
(write (java-iterable->list (.toList (.map (.filter (.stream words) (lambda (w) (> (string-length w) 4)))
                                           (lambda (w) (string-upcase w))))))
(newline)
