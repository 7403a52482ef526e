package dev.pogo.runtime.prims;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as a Pogo primitive: a procedure written in Java that
 * never calls back into Pogo code, so compiled code may call it directly as a static
 * method and it never unwinds.
 *
 * <p>Conventions for the method: it returns {@code Object}; it may take a leading
 * {@code Context}; then one {@code Object} parameter per required argument; a final
 * {@code Object[]} parameter collects any further arguments. Several methods may
 * carry the same name with different argument counts (optional arguments).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prim {
    /** The Pogo name. */
    String value();

    /** The R7RS libraries that export it. */
    String[] lib() default {"scheme base"};

    /** No side effects and a result that depends only on the arguments: calls may be folded. */
    boolean pure() default false;
}
