package dev.pogo.runtime.prims;

import dev.pogo.runtime.Condition;
import dev.pogo.runtime.Nil;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.port.BinaryInputPort;
import dev.pogo.runtime.port.BinaryOutputPort;
import dev.pogo.runtime.port.Console;
import dev.pogo.runtime.port.ReaderInputPort;
import dev.pogo.runtime.port.WriterOutputPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * (scheme file): file ports (text is UTF-8), {@code file-exists?} and
 * {@code delete-file}. A file that cannot be opened or deleted raises a condition of
 * kind {@link Condition.Kind#FILE_ERROR}, so {@code file-error?} recognises it; its
 * message names the procedure and the file.
 */
public final class FilePrims {
    private FilePrims() {}

    @Prim(value = "open-input-file", lib = "scheme file")
    public static Object openInputFile(Object name) {
        String file = fileName("open-input-file", name);
        InputStream in = openIn("open-input-file", file);
        return new ReaderInputPort(new InputStreamReader(in, StandardCharsets.UTF_8), file, false, true);
    }

    @Prim(value = "open-binary-input-file", lib = "scheme file")
    public static Object openBinaryInputFile(Object name) {
        String file = fileName("open-binary-input-file", name);
        return new BinaryInputPort(openIn("open-binary-input-file", file), file, false, true);
    }

    @Prim(value = "open-output-file", lib = "scheme file")
    public static Object openOutputFile(Object name) {
        String file = fileName("open-output-file", name);
        OutputStream out = openOut("open-output-file", file);
        WriterOutputPort port = new WriterOutputPort(new OutputStreamWriter(out, StandardCharsets.UTF_8), file, false, null, true);
        Console.remember(port);
        return port;
    }

    @Prim(value = "open-binary-output-file", lib = "scheme file")
    public static Object openBinaryOutputFile(Object name) {
        String file = fileName("open-binary-output-file", name);
        BinaryOutputPort port = new BinaryOutputPort(openOut("open-binary-output-file", file), file, true);
        Console.remember(port);
        return port;
    }

    @Prim(value = "file-exists?", lib = "scheme file")
    public static Object fileExists(Object name) {
        return Files.exists(path("file-exists?", fileName("file-exists?", name)));
    }

    @Prim(value = "delete-file", lib = "scheme file")
    public static Object deleteFile(Object name) {
        String file = fileName("delete-file", name);
        try {
            Files.delete(path("delete-file", file));
        } catch (IOException e) {
            throw fileError("delete-file", "cannot delete file", file, reason(e));
        }
        return Unspecified.VALUE;
    }

    private static String fileName(String who, Object name) {
        return Args.string(who, name).toString();
    }

    private static Path path(String who, String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw fileError(who, "bad file name", file, null);
        }
    }

    private static InputStream openIn(String who, String file) {
        Path p = path(who, file);
        if (Files.isDirectory(p)) throw fileError(who, "cannot open file for input", file, "it is a directory");
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw fileError(who, "cannot open file for input", file, reason(e));
        }
    }

    private static OutputStream openOut(String who, String file) {
        try {
            return Files.newOutputStream(path(who, file));
        } catch (IOException e) {
            throw fileError(who, "cannot open file for output", file, reason(e));
        }
    }

    private static PogoError fileError(String who, String what, String file, String reason) {
        String message = who + ": " + what + " " + file + (reason != null ? " (" + reason + ")" : "");
        return new PogoError(new Condition(Condition.Kind.FILE_ERROR, message, Nil.NIL), false);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.DirectoryNotEmptyException) return "directory not empty";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage();
    }
}
