;; the library imports a name that (scheme write) does not export
(import (scheme base) (geometry bad))
(f)
