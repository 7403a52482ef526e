(import (scheme base) (scheme read) (scheme write))

;; every kind of datum, each followed by what read-char sees next
(define p (open-input-string
  "42 -3/4 1.5 #t #false #\\x #\\space \"str\\n\" sym |odd sym| (1 (2 . 3)) #(a #(b)) #u8(1 255) 'q `(a ,b ,@c) #0=(x . #0#) ; comment
   #| block |# #;(skipped) last"))
(define (show x) (write x) (display " / "))
(let loop ()
  (let ((x (read p)))
    (unless (eof-object? x)
      (if (and (pair? x) (eq? (car x) 'x) (eq? (cdr x) x))
          (show "cycle")
          (show x))
      (write (read-char p))
      (newline)
      (loop))))
(write (eof-object? (read p)))
(newline)

;; read stops right after the datum
(define q (open-input-string "(a b)c\"d\"e"))
(write (read q)) (write (read-char q)) (write (read q)) (write (peek-char q))
(newline)
(define r (open-input-string "abc;x\ndef"))
(write (read r)) (write (read-line r)) (write (read r))
(newline)
