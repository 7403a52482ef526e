package dev.pogo.runtime.exec;

import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.PogoError;

/**
 * Java exceptions as Pogo conditions (DESIGN.md, point 9): an error object whose
 * message names the exception, which {@code java-exception} gives back, and which is
 * a {@code file-error?} when it is an I/O exception.
 */
public final class JavaErrors {
    private JavaErrors() {}

    public static PogoError convert(Throwable e) {
        Condition.Kind kind = e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
                ? Condition.Kind.FILE_ERROR : Condition.Kind.ERROR;
        PogoError converted = new PogoError(new Condition(kind, message(e), Nil.NIL, e), false);
        converted.setStackTrace(e.getStackTrace());
        return converted;
    }

    public static String message(Throwable e) {
        return "Java exception " + e.getClass().getName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    }
}
