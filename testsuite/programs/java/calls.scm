;; Calling Java: constructors, static and instance methods, fields, overloads,
;; varargs, conversions both ways, first-class members.
(import (scheme base) (scheme char) (pogo java) (srfi 64))
(import-java java.util.ArrayList (java.util HashMap List Arrays) java.math.*)

(test-begin "java calls")

(define l (ArrayList:new))
(test-equal "instance call returns a boolean" #t (.add l "one"))
(.add l 2)
(.add l 3.5)
(test-equal "size is an exact integer" 3 (.size l))
(test-equal "a Java String comes back as a Pogo string" "one" (.get l 0))
(test-assert "which is a real Pogo string" (string? (.get l 0)))
(test-equal "string-append works on it" "one!" (string-append (.get l 0) "!"))
(test-equal "Integer comes back as an exact integer" 2 (.get l 1))
(test-equal "Double comes back as a flonum" 3.5 (.get l 2))
(test-equal "constructor with an int capacity" 0 (.size (ArrayList:new 100)))
(test-equal "fully qualified class name" 0 (.size (java.util.LinkedList:new)))

(test-equal "static method" 3 (Math:abs -3))
(test-equal "overload by type: double" 2.5 (Math:abs -2.5))
(test-equal "mixed exact and inexact picks max(double,double)" 4.5 (Math:max 3 4.5))
(test-equal "long overload keeps big values exact" 10000000000 (Math:abs -10000000000))
(test-equal "static field" 3.141592653589793 Math:PI)
(test-equal "java.lang needs no import" 123 (Integer:parseInt "123"))
(test-equal "method on a Pogo string" "ABC" (.toUpperCase "abc"))
(test-equal "char argument picks valueOf(char)" "x" (String:valueOf #\x))
(test-equal "int argument picks valueOf(int)" "42" (String:valueOf 42))
(test-equal "char result is a Pogo char" #\b (.charAt "abc" 1))
(test-equal "varargs" "5-x-2.5" (String:format "%d-%s-%.1f" 5 "x" 2.5))
(test-equal "varargs with no extra arguments" "plain" (String:format "plain"))
(test-equal "varargs into a list" 3 (.size (Arrays:asList 1 2 3)))
(test-equal "List.of from an interface" "[a, b]" (.toString (List:of "a" "b")))
(test-equal "StringBuilder overloads" "a1#\\c2.5true"
  (let ((sb (StringBuilder:new "a")))
    (.append sb 1) (.append sb "#\\") (.append sb #\c) (.append sb 2.5) (.append sb #t)
    (.toString sb)))

(test-equal "a BigInteger result is a Pogo integer" 5 (BigInteger:valueOf 5))
(test-equal "a Pogo bignum is a BigInteger receiver" 101 (.bitLength (expt 2 100)))
(test-equal "a Pogo bignum passes as a BigInteger" (* 3 (expt 2 100))
  (.multiply (expt 2 100) (BigInteger:new "3")))

(define m (HashMap:new))
(.put m "a" 1)
(test-equal "map get" 1 (.get m "a"))
(test-assert "a missing key is #!null" (java-null? (.get m "zz")))
(test-assert "java-null is #!null" (eq? java-null (.get m "zz")))
(.put m "n" java-null)
(test-assert "java-null passes as null" (.containsKey m "n"))
(test-equal "void method returns nothing useful, but returns" #t (begin (.clear m) (.isEmpty m)))

(test-equal "a method of a private class through its public interface" 2
  (.size (Arrays:asList "x" "y")))
(test-equal "an unmodifiable list's methods" "b" (.get (java.util.Collections:unmodifiableList (List:of "a" "b")) 1))

(define p (java.awt.Point:new 1 2))
(test-equal "instance field" 1 (.-x p))
(set! (.-x p) 10)
(test-equal "set! of an instance field" 10 (.-x p))

(test-equal "a method as a procedure" '("A" "B") (map .toUpperCase '("a" "b")))
(test-equal "a static method as a procedure" '(1 2 3) (map Math:abs '(-1 2 -3)))
(test-equal "a constructor as a procedure" '(0 0) (map (lambda (c) (.size c)) (map ArrayList:new '(1 2))))
(test-equal "an instance field as a procedure" '(10) (map .-x (list p)))

(test-assert "class objects" (instance? l ArrayList))
(test-assert "instance? with an interface" (instance? l java.util.Collection))
(test-assert "a Pogo string is a Java String" (instance? "abc" String))
(test-assert "not an instance" (not (instance? 5 String)))
(test-equal "->java with a type" 5 (.intValue (->java 5 Integer)))

(define (sum-sizes lists) (apply + (map .size lists)))
(test-equal "the same site with several receiver classes" 5
  (sum-sizes (list (Arrays:asList 1 2) (ArrayList:new) (List:of 1 2 3) (java.util.LinkedList:new))))
(test-equal "a site that sees more classes than its cache holds" 8
  (sum-sizes (list (Arrays:asList 1) (ArrayList:new) (List:of 1 2) (java.util.LinkedList:new)
                   (java.util.HashSet:new (List:of 1 2)) (java.util.TreeSet:new (List:of 3)) (List:of 1 2))))

(test-end "java calls")
