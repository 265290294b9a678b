package io.crmkit.scoring.pareto;

/** ABC classes by cumulative value share: the few customers who bring most of the value come first. */
public enum AbcClass {
  A,
  B,
  C
}
