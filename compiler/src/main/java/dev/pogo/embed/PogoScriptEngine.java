package dev.pogo.embed;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Pogo behind the JSR-223 scripting API. Each engine has its own {@link Pogo}
 * environment, so definitions persist from one eval to the next; before an eval the
 * context's bindings (global scope, then engine scope) are defined in it, and output
 * goes to the context's writer.
 */
public final class PogoScriptEngine extends AbstractScriptEngine {
    private final PogoScriptEngineFactory factory;
    private final Pogo pogo = Pogo.create();

    PogoScriptEngine(PogoScriptEngineFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        defineBindings(context.getBindings(ScriptContext.GLOBAL_SCOPE));
        defineBindings(context.getBindings(ScriptContext.ENGINE_SCOPE));
        Object name = context.getAttribute(ScriptEngine_FILENAME);
        try {
            return pogo.eval(script, name != null ? name.toString() : "script", context.getWriter());
        } catch (PogoException e) {
            ScriptException se = new ScriptException(e.report());
            se.initCause(e);
            throw se;
        }
    }

    private static final String ScriptEngine_FILENAME = javax.script.ScriptEngine.FILENAME;

    private void defineBindings(Bindings b) {
        if (b == null) return;
        for (Map.Entry<String, Object> e : b.entrySet()) {
            if (!e.getKey().startsWith("javax.script.")) pogo.define(e.getKey(), e.getValue());
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(text.toString(), context);
    }

    /** The engine's own Pogo environment, for calls the scripting API has no words for. */
    public Pogo pogo() {
        return pogo;
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }
}
