package io.crmkit.core.fuzz;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One public factory argument to fuzz: the field its refusal must name and how to call the factory
 * with a generated value (every other argument valid). Text fields are driven with nulls, empty,
 * blank and very long text, and, when {@link #strictForm} (ids, keys, codes), with wrong Unicode
 * forms too; whole numbers with the values outside the documented range; any other argument (a
 * missing object, a duration or rate out of range) as one wrong call.
 */
public final class FuzzTarget {
  final String field;
  final Consumer<String> text;
  final IntConsumer number;
  final int[] outOfRange;
  final boolean strictForm;
  final Runnable call;

  private FuzzTarget(String field, Consumer<String> text, IntConsumer number, int[] outOfRange, boolean strictForm,
      Runnable call) {
    this.field = field;
    this.text = text;
    this.number = number;
    this.outOfRange = outOfRange;
    this.strictForm = strictForm;
    this.call = call;
  }

  /** Free text (names, notes): null, empty, blank and over-long text must be refused naming {@code field}. */
  public static FuzzTarget text(String field, Consumer<String> factory) {
    return new FuzzTarget(field, factory, null, null, false, null);
  }

  /** An id, key or code: as {@link #text}, and whitespace, control characters and odd Unicode refused too. */
  public static FuzzTarget id(String field, Consumer<String> factory) {
    return new FuzzTarget(field, factory, null, null, true, null);
  }

  /** A whole number whose {@code outOfRange} values must be refused naming {@code field}. */
  public static FuzzTarget number(String field, IntConsumer factory, int... outOfRange) {
    return new FuzzTarget(field, null, factory, outOfRange, false, null);
  }

  /**
   * One call with a single wrong argument that is not text or a whole number (a missing object, a
   * zero or negative duration or rate): it must be refused naming {@code field}.
   */
  public static FuzzTarget call(String field, Runnable call) {
    return new FuzzTarget(field, null, null, null, false, call);
  }

  @Override
  public String toString() {
    return field;
  }
}
