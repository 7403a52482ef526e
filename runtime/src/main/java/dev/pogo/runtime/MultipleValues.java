package dev.pogo.runtime;

/** Zero or several values returned together by {@code values}; a single value is never wrapped. */
public final class MultipleValues {
    public final Object[] values;

    public MultipleValues(Object[] values) {
        this.values = values;
    }
}
