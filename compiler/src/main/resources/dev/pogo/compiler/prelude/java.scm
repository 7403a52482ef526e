;;; (pogo java): using Java from Pogo. The syntax (Class:member, .method, .-field,
;;; import-java, implement) is in the expander (expand/JavaForms.java) and the calls
;;; in the runtime (runtime/.../interop); see docs/java.md. Here are the helpers
;;; written in Pogo itself.

(%export (pogo java)
  java-null java-for-each java-iterable->list java-iterator->generator)

(%reexport (pogo java) import-java implement)

(define java-null (%java-null))

;; (java-for-each proc iterable ...): proc on each element of one or more Java
;; Iterables (or Iterators), in step, until the shortest ends.
(define (java-for-each proc iterable . more)
  (if (null? more)
      (let ((it (%java-iterator iterable)))
        (let loop ()
          (when (.hasNext it)
            (proc (.next it))
            (loop))))
      (let ((its (map %java-iterator (cons iterable more))))
        (let loop ()
          (when (every (lambda (it) (.hasNext it)) its)
            (apply proc (map (lambda (it) (.next it)) its))
            (loop))))))

(define (java-iterable->list iterable)
  (let ((it (%java-iterator iterable)))
    (let loop ((acc '()))
      (if (.hasNext it)
          (loop (cons (.next it) acc))
          (reverse acc)))))

;; An SRFI 158 generator of the elements: usable with generator->list, gmap, ...
(define (java-iterator->generator iterable)
  (let ((it (%java-iterator iterable)))
    (lambda ()
      (if (.hasNext it) (.next it) (eof-object)))))

(define (%java-iterator x)
  (cond ((instance? x java.util.Iterator) x)
        ((instance? x java.lang.Iterable) (.iterator x))
        ((java-array? x)
         (let ((items (java-array->list x)))
           (implement java.util.Iterator
             (hasNext () (pair? items))
             (next () (let ((v (car items))) (set! items (cdr items)) v)))))
        (else (error "java-for-each: expected a Java Iterable, Iterator or array, got" x))))
