package dev.pogo.runtime.prims;

import dev.pogo.runtime.Lists;
import dev.pogo.runtime.PogoError;
import dev.pogo.runtime.Procedure;
import dev.pogo.runtime.Record;
import dev.pogo.runtime.RecordType;
import dev.pogo.runtime.Symbol;
import dev.pogo.runtime.Unspecified;
import dev.pogo.runtime.exec.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * Records (R7RS 5.5). define-record-type is a macro in the prelude that calls these;
 * the constructor, predicate, accessors and modifiers are procedure objects that
 * never call back into Pogo.
 */
public final class RecordPrims {
    private RecordPrims() {}

    @Prim(value = "%make-record-type")
    public static Object makeRecordType(Object name, Object fieldNames) {
        List<Symbol> fields = new ArrayList<>();
        for (Object f : Lists.toList(fieldNames, "define-record-type")) fields.add((Symbol) f);
        return new RecordType(name.toString(), fields);
    }

    @Prim(value = "%record-constructor")
    public static Object constructor(Object type, Object name, Object fieldNames) {
        RecordType t = (RecordType) type;
        List<Object> names = Lists.toList(fieldNames, "define-record-type");
        int[] slots = new int[names.size()];
        for (int i = 0; i < slots.length; i++) slots[i] = t.indexOf((Symbol) names.get(i), "define-record-type");
        String who = name.toString();
        return new dev.pogo.runtime.VariadicProcedure() {
            @Override
            public Object applyN(Context ctx, int depth, Object[] args) {
                if (args.length != slots.length) throw arityError(args.length);
                Object[] fields = new Object[t.fields.size()];
                java.util.Arrays.fill(fields, Unspecified.VALUE);
                for (int i = 0; i < slots.length; i++) fields[slots[i]] = args[i];
                return new Record(t, fields);
            }

            @Override
            public String name() {
                return who;
            }

            @Override
            public String arityDescription() {
                return String.valueOf(slots.length);
            }
        };
    }

    @Prim(value = "%record-predicate")
    public static Object predicate(Object type, Object name) {
        RecordType t = (RecordType) type;
        String who = name.toString();
        return new Procedure() {
            @Override
            public Object apply1(Context ctx, int depth, Object x) {
                return x instanceof Record r && r.type == t;
            }

            @Override
            public String name() {
                return who;
            }

            @Override
            public String arityDescription() {
                return "1";
            }
        };
    }

    @Prim(value = "%record-accessor")
    public static Object accessor(Object type, Object field, Object name) {
        RecordType t = (RecordType) type;
        int slot = t.indexOf((Symbol) field, "define-record-type");
        String who = name.toString();
        return new Procedure() {
            @Override
            public Object apply1(Context ctx, int depth, Object x) {
                if (x instanceof Record r && r.type == t) return r.fields[slot];
                throw PogoError.wrongType(who, "a record of type " + t.name, x);
            }

            @Override
            public String name() {
                return who;
            }

            @Override
            public String arityDescription() {
                return "1";
            }
        };
    }

    @Prim(value = "%record-modifier")
    public static Object modifier(Object type, Object field, Object name) {
        RecordType t = (RecordType) type;
        int slot = t.indexOf((Symbol) field, "define-record-type");
        String who = name.toString();
        return new Procedure() {
            @Override
            public Object apply2(Context ctx, int depth, Object x, Object v) {
                if (x instanceof Record r && r.type == t) {
                    r.fields[slot] = v;
                    return Unspecified.VALUE;
                }
                throw PogoError.wrongType(who, "a record of type " + t.name, x);
            }

            @Override
            public String name() {
                return who;
            }

            @Override
            public String arityDescription() {
                return "2";
            }
        };
    }
}
