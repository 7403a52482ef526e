package dev.pogo.runtime;

import java.util.List;

/** A record type made by define-record-type: its name and field names. */
public final class RecordType {
    public final String name;
    public final List<Symbol> fields;

    public RecordType(String name, List<Symbol> fields) {
        this.name = name;
        this.fields = fields;
    }

    public int indexOf(Symbol field, String who) {
        int i = fields.indexOf(field);
        if (i < 0) throw PogoError.error(who + ": record type " + name + " has no field", field);
        return i;
    }

    @Override
    public String toString() {
        return "#<record-type " + name + ">";
    }
}
