;; A web page served by the JDK's built-in HTTP server, with the handler written in
;; Pogo, then fetched from localhost with java.net.http.HttpClient.
(import (scheme base) (scheme write) (pogo java))
(import-java (com.sun.net.httpserver HttpServer HttpHandler)
             (java.net InetSocketAddress URI)
             (java.net.http HttpClient HttpRequest HttpResponse))

(define hits 0)

(define (handle exchange)
  (set! hits (+ hits 1))
  (let* ((path (.getPath (.getRequestURI exchange)))
         (body (.getBytes (string-append "<h1>Hello from Pogo</h1><p>you asked for " path
                                         ", visit " (number->string hits) "</p>"))))
    (.add (.getResponseHeaders exchange) "Content-Type" "text/html; charset=utf-8")
    (.sendResponseHeaders exchange 200 (bytevector-length body))
    (let ((out (.getResponseBody exchange)))
      (.write out body)
      (.close out))))

;; port 0: any free port
(define server (HttpServer:create (InetSocketAddress:new "127.0.0.1" 0) 0))
(.createContext server "/" (implement HttpHandler (handle (exchange) (handle exchange))))
(.start server)
(define port (.getPort (.getAddress server)))

(define client (HttpClient:newHttpClient))
(define (fetch path)
  (let* ((uri (URI:create (string-append "http://127.0.0.1:" (number->string port) path)))
         (request (.build (.GET (HttpRequest:newBuilder uri)))))
    (.send client request (HttpResponse.BodyHandlers:ofString))))

(for-each (lambda (path)
            (let ((response (fetch path)))
              (display (.statusCode response)) (display " ") (display (.body response)) (newline)))
          '("/" "/pogo"))
(.stop server 0)
(display "served ") (display hits) (display " requests") (newline)
