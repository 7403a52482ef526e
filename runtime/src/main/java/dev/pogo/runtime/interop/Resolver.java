package dev.pogo.runtime.interop;

import dev.pogo.runtime.PogoError;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Java member as Pogo uses it (an instance or static method, a constructor, a
 * field), resolved for the classes of the arguments of a call into a method handle
 * of generic type {@code (Object...)Object} that converts the arguments, calls, and
 * converts the result. Call sites cache those handles ({@link JavaLinker}); a
 * resolver also keeps its own table by argument classes, for the megamorphic case
 * and for members used as first-class procedures.
 */
public final class Resolver {
    public enum Kind { INVOKE, STATIC, NEW, GET, SET, STATIC_GET, STATIC_SET }

    final Kind kind;
    /** The class named in the source, or null for instance members (found on the receiver). */
    final Class<?> owner;
    final String member;
    private final ConcurrentHashMap<List<Class<?>>, MethodHandle> handles = new ConcurrentHashMap<>();

    public Resolver(Kind kind, Class<?> owner, String member) {
        this.kind = kind;
        this.owner = owner;
        this.member = member;
    }

    private volatile JavaMember procedure;

    /** The member as a procedure; one per resolver, so evaluating {@code .size} allocates nothing. */
    public JavaMember procedure() {
        JavaMember p = procedure;
        if (p == null) procedure = p = new JavaMember(this);
        return p;
    }

    /** Calls the member with Pogo arguments (the receiver first for instance members). */
    public Object invoke(Object[] args) throws Throwable {
        return handle(args).invokeWithArguments(args);
    }

    /** The handle for arguments of these classes; resolving it if new. */
    MethodHandle handle(Object[] args) {
        List<Class<?>> classes = classesOf(args);
        MethodHandle h = handles.get(classes);
        if (h == null) {
            h = resolve(args);
            handles.put(classes, h);
        }
        return h;
    }

    static List<Class<?>> classesOf(Object[] args) {
        Class<?>[] cs = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) cs[i] = args[i].getClass();
        return Arrays.asList(cs);
    }

    /** What the source called, for messages: Class:member or .member. */
    String what() {
        return switch (kind) {
            case INVOKE, GET, SET -> "." + (kind == Kind.INVOKE ? "" : "-") + member;
            case NEW -> owner.getName() + ":new";
            default -> owner.getName() + ":" + member;
        };
    }

    private MethodHandle resolve(Object[] args) {
        try {
            return resolveExact(args).asType(MethodType.genericMethodType(args.length));
        } catch (IllegalAccessException e) {
            throw PogoError.error(what() + ": not accessible: " + e.getMessage());
        }
    }

    private MethodHandle resolveExact(Object[] args) throws IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        switch (kind) {
            case INVOKE: {
                if (args.length == 0) throw PogoError.error(what() + ": needs an object to call the method on");
                Object receiver = Convert.natural(args[0]);
                if (receiver == null) throw PogoError.error(what() + ": called on #!null");
                Class<?> rc = receiver.getClass();
                List<Method> ms = Members.methods(rc, member, false);
                if (ms.isEmpty()) {
                    throw PogoError.error(what() + ": " + rc.getName() + " has no public method " + member);
                }
                Object[] rest = Arrays.copyOfRange(args, 1, args.length);
                Overloads.Choice c = Overloads.choose(ms, rest, rc.getName() + "." + member);
                MethodHandle mh = lookup.unreflect((Method) c.target());
                return adapt(mh, c, true, args.length);
            }
            case STATIC: {
                List<Method> ms = Members.methods(owner, member, true);
                if (ms.isEmpty()) throw PogoError.error(what() + ": " + owner.getName() + " has no public static method " + member);
                Overloads.Choice c = Overloads.choose(ms, args, owner.getName() + "." + member);
                return adapt(lookup.unreflect((Method) c.target()), c, false, args.length);
            }
            case NEW: {
                if (Modifier.isAbstract(owner.getModifiers()))
                    throw PogoError.error(what() + ": " + owner.getName() + " is abstract or an interface (see implement)");
                List<Constructor<?>> cs = Members.constructors(owner);
                Overloads.Choice c = Overloads.choose(cs, args, "new " + owner.getName());
                return adapt(lookup.unreflectConstructor((Constructor<?>) c.target()), c, false, args.length);
            }
            case GET, SET: {
                Object receiver = Convert.natural(args[0]);
                if (receiver == null) throw PogoError.error(what() + ": field of #!null");
                Field f = field(receiver.getClass(), false);
                MethodHandle mh = kind == Kind.GET ? lookup.unreflectGetter(f) : lookup.unreflectSetter(f);
                return convert(mh, true);
            }
            default: {
                Field f = field(owner, true);
                MethodHandle mh = kind == Kind.STATIC_GET ? lookup.unreflectGetter(f) : lookup.unreflectSetter(f);
                return convert(mh, false);
            }
        }
    }

    private Field field(Class<?> c, boolean wantStatic) {
        try {
            Field f = c.getField(member);
            if (Modifier.isStatic(f.getModifiers()) != wantStatic) throw new NoSuchFieldException();
            if (kind == Kind.SET || kind == Kind.STATIC_SET) {
                if (Modifier.isFinal(f.getModifiers())) throw PogoError.error(what() + ": field " + member + " is final");
            }
            return f;
        } catch (NoSuchFieldException e) {
            throw PogoError.error(what() + ": " + c.getName() + " has no public " + (wantStatic ? "static " : "") + "field " + member);
        }
    }

    /** Converters around a method or constructor handle. */
    private static MethodHandle adapt(MethodHandle mh, Overloads.Choice c, boolean hasReceiver, int argc) {
        Executable e = c.target();
        Class<?>[] params = e.getParameterTypes();
        if (c.packed()) {
            int extra = argc - (hasReceiver ? 1 : 0) - (params.length - 1);
            mh = mh.asCollector(params[params.length - 1], extra);
        } else if (e.isVarArgs()) {
            mh = mh.asFixedArity();
        }
        return convert(mh, hasReceiver);
    }

    /** Converters on every argument (the receiver's own when there is one) and on the result. */
    private static MethodHandle convert(MethodHandle mh, boolean hasReceiver) {
        MethodType t = mh.type();
        MethodHandle[] filters = new MethodHandle[t.parameterCount()];
        for (int i = 0; i < filters.length; i++) {
            filters[i] = hasReceiver && i == 0 ? Converters.receiver(t.parameterType(0)) : Converters.to(t.parameterType(i));
        }
        return Converters.result(MethodHandles.filterArguments(mh, 0, filters));
    }
}
