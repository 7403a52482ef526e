;; Java exceptions as Pogo conditions, and the errors of bad interop calls.
(import (scheme base) (scheme file) (pogo java) (srfi 64))
(import-java java.util.ArrayList (java.nio.file Files Path))

(test-begin "java errors")

(define (message thunk) (guard (e (#t (error-object-message e))) (thunk)))

(test-equal "a Java exception is an error object with its message"
  "Java exception java.lang.NumberFormatException: For input string: \"xyz\""
  (message (lambda () (Integer:parseInt "xyz"))))
(test-assert "java-exception? recognises it" (guard (e (#t (java-exception? e))) (Integer:parseInt "xyz")))
(test-assert "java-exception gives the Java exception back"
  (guard (e (#t (instance? (java-exception e) NumberFormatException))) (Integer:parseInt "xyz")))
(test-assert "a checked IOException is a file-error"
  (guard (e ((file-error? e) #t)) (Files:readString (Path:of "/no/such/file" (make-java-array String 0)))))
(test-assert "error-object? on a Java exception" (guard (e (#t (error-object? e))) (.get (ArrayList:new) 5)))
(test-assert "a Pogo error is no Java exception" (guard (e (#t (not (java-exception? e)))) (error "plain")))

(test-equal "no overload fits: the candidates are named"
  "java.lang.Math.abs: no overload accepts the arguments (\"x\"); candidates: abs(double), abs(float), abs(int), abs(long)"
  (message (lambda () (Math:abs "x"))))
(test-equal "no such instance method"
  "java.util.ArrayList has no public method frobnicate"
  (let ((m (message (lambda () (.frobnicate (ArrayList:new))))))
    (substring m (- (string-length m) (string-length "java.util.ArrayList has no public method frobnicate")) (string-length m))))
(test-equal "an int argument out of range"
  "java.util.ArrayList.get: no overload accepts the arguments (10000000000); candidates: get(int)"
  (message (lambda () (.get (ArrayList:new) 10000000000))))
(test-equal "an ambiguous call names the candidates"
  "java.lang.StringBuilder.append: ambiguous call with the arguments (#!null); candidates: append(String), append(StringBuffer), append(char[]) (convert an argument to pick one)"
  (message (lambda () (.append (StringBuilder:new) java-null))))
(test-equal "Java's own choice among comparable overloads: valueOf(char[]) over valueOf(Object)"
  "Java exception java.lang.NullPointerException"
  (let ((m (message (lambda () (String:valueOf java-null)))))
    (substring m 0 (string-length "Java exception java.lang.NullPointerException"))))
(test-equal "a method called on #!null" ".size: called on #!null" (message (lambda () (.size java-null))))
(test-equal "constructing an interface" "java.util.List:new: java.util.List is abstract or an interface (see implement)"
  (message (lambda () (java.util.List:new))))
(test-equal "a Java exception inside a callback reaches a guard outside it"
  "Java exception java.lang.NumberFormatException: For input string: \"bad\""
  (message (lambda () (.forEach (java.util.List:of 1) (lambda (x) (Integer:parseInt "bad"))))))

(test-end "java errors")
