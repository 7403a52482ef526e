package dev.pogo.cli;

import dev.pogo.compiler.Compiler;

import java.nio.file.Path;
import java.util.List;

/** The -L options of the commands: directories searched first for libraries. */
final class LibraryPath {
    private LibraryPath() {}

    static void add(List<Path> dirs) {
        for (int i = dirs.size() - 1; i >= 0; i--) Compiler.standard().libraries().addFirst(dirs.get(i));
    }
}
