;; Reading and writing files with java.nio.file, from Pogo.
(import (scheme base) (scheme write) (pogo java))
(import-java (java.nio.file Files Path) java.nio.charset.StandardCharsets)

(define dir (Files:createTempDirectory "pogo-example" (make-java-array java.nio.file.attribute.FileAttribute 0)))
(define file (.resolve dir "poem.txt"))

(Files:writeString file "The quick brown fox\njumps over\nthe lazy dog\n"
                   (make-java-array java.nio.file.OpenOption 0))

;; readAllLines gives a java.util.List of Java strings; they come back as Pogo strings
(define lines (java-iterable->list (Files:readAllLines file StandardCharsets:UTF_8)))
(define (words line) (.split line " "))   ; a Java String[]

(for-each (lambda (line)
            (display (string-length line)) (display " chars, ")
            (display (java-array-length (words line))) (display " words: ")
            (write line) (newline))
          lines)
(display "size on disk: ") (display (Files:size file)) (display " bytes") (newline)

(Files:delete file)
(Files:delete dir)
(display "deleted: ") (display (not (Files:exists file (make-java-array java.nio.file.LinkOption 0)))) (newline)
