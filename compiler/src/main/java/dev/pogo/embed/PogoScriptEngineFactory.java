package dev.pogo.embed;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import java.util.List;
import java.util.stream.Collectors;

/** Registered in META-INF/services, so {@code new ScriptEngineManager().getEngineByName("pogo")} finds Pogo. */
public final class PogoScriptEngineFactory implements ScriptEngineFactory {
    @Override
    public String getEngineName() {
        return "Pogo";
    }

    @Override
    public String getEngineVersion() {
        return "0.1.0";
    }

    @Override
    public List<String> getExtensions() {
        return List.of("scm", "sld", "pogo");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-scheme");
    }

    @Override
    public List<String> getNames() {
        return List.of("pogo", "Pogo", "scheme");
    }

    @Override
    public String getLanguageName() {
        return "Scheme";
    }

    @Override
    public String getLanguageVersion() {
        return "R7RS-small";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case ScriptEngine.NAME -> "pogo";
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String method, String... args) {
        return "(." + method + " " + obj + (args.length == 0 ? "" : " " + String.join(" ", args)) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "(display " + toDisplay + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return List.of(statements).stream().collect(Collectors.joining("\n"));
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new PogoScriptEngine(this);
    }
}
