;; string: string churn. Join the numbers 0..199 into one comma-separated line by
;; repeated string-append (each append copies the whole line so far), then split
;; it again by scanning with string-ref, cut each field out with substring,
;; reverse its digits through string->list, reverse and list->string, and parse
;; it with string->number; sum the reversed numbers. 300 times.
;; expected: 16243500
(define (join n)
  (let loop ((i 1) (line "0"))
    (if (= i n)
        line
        (loop (+ i 1) (string-append line "," (number->string i))))))

(define (reversed-field s start end)
  (string->number (list->string (reverse (string->list (substring s start end))))))

(define (split-sum s)
  (let ((len (string-length s)))
    (let loop ((start 0) (i 0) (sum 0))
      (cond ((= i len) (+ sum (reversed-field s start i)))
            ((char=? (string-ref s i) #\,)
             (loop (+ i 1) (+ i 1) (+ sum (reversed-field s start i))))
            (else (loop start (+ i 1) sum))))))

(define (run)
  (let loop ((k 0) (sum 0))
    (if (= k 300)
        sum
        (loop (+ k 1) (+ sum (split-sum (join 200)))))))
