;; Dates and times with java.time.
(import (scheme base) (scheme write) (pogo java))
(import-java java.time.* java.time.format.DateTimeFormatter java.time.temporal.ChronoUnit)

(define launch (LocalDate:of 2026 11 22))
(define fmt (DateTimeFormatter:ofPattern "EEEE d MMMM uuuu" java.util.Locale:ENGLISH))

(display "launch day: ") (display (.format launch fmt)) (newline)
(display "100 days later: ") (display (.format (.plusDays launch 100) fmt)) (newline)
(display "day of the year: ") (display (.getDayOfYear launch)) (newline)
(display "a leap year? ") (display (.isLeapYear launch)) (newline)
(display "days until 2027-01-01: ")
(display (.between ChronoUnit:DAYS launch (LocalDate:of 2027 1 1))) (newline)

(define meeting (LocalDateTime:of 2026 11 22 9 30))
(define (in-zone zone) (.withZoneSameInstant (.atZone meeting (ZoneId:of "Europe/London")) (ZoneId:of zone)))
(for-each (lambda (zone)
            (display zone) (display ": ")
            (display (.format (in-zone zone) (DateTimeFormatter:ofPattern "HH:mm")))
            (newline))
          '("Europe/London" "America/New_York" "Asia/Tokyo"))
(display "a working week: ") (display (Duration:ofHours (* 5 8))) (newline)
