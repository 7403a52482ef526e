package dev.pogo.compiler.emit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Defines generated classes from memory, on demand: a frame class is only defined
 * (and loaded) when some call site first has to save that frame.
 */
public final class UnitLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    public UnitLoader(ClassLoader parent) {
        super(parent);
    }

    public void add(Map<String, byte[]> classes) {
        pending.putAll(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = pending.remove(name);
        if (bytes == null) throw new ClassNotFoundException(name);
        return defineClass(name, bytes, 0, bytes.length);
    }
}
