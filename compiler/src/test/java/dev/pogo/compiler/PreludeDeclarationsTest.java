package dev.pogo.compiler;

import dev.pogo.compiler.expand.Builtins;
import dev.pogo.compiler.expand.Expander;
import dev.pogo.compiler.expand.Scope;
import dev.pogo.compiler.expand.TopLevel;
import dev.pogo.compiler.syntax.Syntax;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prelude's declarations, written by the build, stand for its sources exactly. */
class PreludeDeclarationsTest {
    private final PreludeSources sources = PreludeSources.read();

    @Test
    void theBuildWroteThemFromTheseSources() throws Exception {
        assertNotNull(PreludeDeclarations.read(sources.hash()), "no current " + PreludeDeclarations.RESOURCE + " on the class path");
        assertEquals(Compiler.preludeDeclarations(sources), resource(PreludeDeclarations.RESOURCE));
    }

    @Test
    void declaringThemIsDeclaringTheWholePrelude() {
        Prelude whole = Prelude.read(sources);
        TopLevel fromSources = kernelTopLevel();
        new Expander().declareTopLevel(whole.forms(), Scope.topLevel(fromSources));

        Prelude declared = PreludeDeclarations.read(sources.hash());
        TopLevel fromDeclarations = kernelTopLevel();
        declared.declare(new Expander(), fromDeclarations);

        assertTrue(fromSources.definedNames().size() > 400, "only " + fromSources.definedNames().size() + " names");
        assertTrue(fromSources.macros().size() > 20, "only " + fromSources.macros().size() + " macros");
        assertEquals(fromSources.definedNames(), fromDeclarations.definedNames());
        assertEquals(fromSources.macros().keySet(), fromDeclarations.macros().keySet());
        assertEquals(whole.declaredExports(), declared.declaredExports());
        assertEquals(whole.declaredReexports(), declared.declaredReexports());
        assertEquals(whole.renamedExports(), declared.renamedExports());
        assertTrue(declared.forms().size() < whole.forms().size() / 5, declared.forms().size() + " forms kept");
    }

    @Test
    void keptFormsReadAsInTheirSourceWithTheirPositions() {
        List<String> whole = new ArrayList<>();
        for (Syntax form : Prelude.read(sources).forms()) whole.add(form.loc + " " + PreludeDeclarations.shape(form));
        for (Syntax form : PreludeDeclarations.read(sources.hash()).forms())
            assertTrue(whole.contains(form.loc + " " + PreludeDeclarations.shape(form)), form.loc::toString);
    }

    @Test
    void declarationsOfOtherSourcesAreIgnored() throws Exception {
        String text = resource(PreludeDeclarations.RESOURCE);
        assertNotNull(PreludeDeclarations.parse(text, sources.hash()));
        assertNull(PreludeDeclarations.parse(text, sources.hash() + "0"));
        assertNull(PreludeDeclarations.parse(text.replace("\nhash ", "\n# hash "), sources.hash()));
        // a changed source file changes the hash
        PreludeSources edited = PreludeSources.read(name -> name.endsWith("base.scm")
                ? (new String(PreludeSources.resource(name), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8)
                : PreludeSources.resource(name));
        assertTrue(!edited.hash().equals(sources.hash()));
    }

    private static TopLevel kernelTopLevel() {
        return new TopLevel(Builtins.ENVIRONMENT, Builtins.kernel().all());
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = PreludeDeclarationsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
