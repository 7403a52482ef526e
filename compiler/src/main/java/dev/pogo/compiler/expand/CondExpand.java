package dev.pogo.compiler.expand;

import dev.pogo.compiler.CompileError;
import dev.pogo.compiler.syntax.Syntax;
import dev.pogo.runtime.Features;
import dev.pogo.runtime.Pair;
import dev.pogo.runtime.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code cond-expand} (R7RS 4.2.1): chooses the first clause whose feature
 * requirement holds and splices its body as a {@code begin}, so it works among
 * definitions too. Requirements: a feature identifier, {@code (library name)},
 * {@code and}, {@code or}, {@code not}, and {@code else} last.
 */
public final class CondExpand implements Transformer {
    private final Predicate<String> libraryExists;

    public CondExpand(Predicate<String> libraryExists) {
        this.libraryExists = libraryExists;
    }

    @Override
    public Syntax expand(Syntax form, Scope useScope) {
        List<Object> body = new ArrayList<>();
        body.add(new Syntax(Symbol.intern("begin"), form.loc));
        body.addAll(select(form));
        return Forms.makeList(form.loc, body);
    }

    /** The body of the first clause whose requirement holds (empty if none does). */
    public List<Syntax> select(Syntax form) {
        List<Syntax> clauses = Forms.list(form, "cond-expand");
        for (int i = 1; i < clauses.size(); i++) {
            List<Syntax> clause = Forms.list(clauses.get(i), "cond-expand clause");
            if (clause.isEmpty()) throw new CompileError(clauses.get(i).loc, "bad cond-expand clause: expected (requirement body ...)");
            Syntax requirement = clause.get(0);
            boolean isElse = requirement.isSymbol() && requirement.symbol().name.equals("else");
            if (isElse && i != clauses.size() - 1) throw new CompileError(requirement.loc, "else must be the last cond-expand clause");
            if (isElse || holds(requirement)) return clause.subList(1, clause.size());
        }
        return List.of();   // no clause applies: nothing (R7RS leaves this unspecified)
    }

    private boolean holds(Syntax requirement) {
        if (requirement.isSymbol()) return Features.has(requirement.symbol().name);
        List<Syntax> parts = Forms.list(requirement, "feature requirement");
        if (parts.isEmpty() || !parts.get(0).isSymbol()) throw new CompileError(requirement.loc, "bad feature requirement " + requirement);
        String op = parts.get(0).symbol().name;
        List<Syntax> args = parts.subList(1, parts.size());
        switch (op) {
            case "and":
                for (Syntax a : args) if (!holds(a)) return false;
                return true;
            case "or":
                for (Syntax a : args) if (holds(a)) return true;
                return false;
            case "not":
                if (args.size() != 1) throw new CompileError(requirement.loc, "bad feature requirement: expected (not requirement)");
                return !holds(args.get(0));
            case "library":
                if (args.size() != 1) throw new CompileError(requirement.loc, "bad feature requirement: expected (library name)");
                return libraryExists.test(dev.pogo.compiler.syntax.LibraryName.of(args.get(0), args.get(0).loc));
            default:
                throw new CompileError(requirement.loc, "bad feature requirement: unknown operator " + op);
        }
    }

}
