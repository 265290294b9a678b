package io.crmkit.core.identify;

import io.crmkit.core.text.Words;
import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * One reason to think two records are the same customer: the kind of match and the normalized value
 * both share.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class MatchEvidence {
  @Value.Parameter
  public abstract MatchKind kind();

  @Value.Parameter
  public abstract String sharedValue();

  public static MatchEvidence of(MatchKind kind, String sharedValue) {
    return ImmutableMatchEvidence.of(kind, sharedValue);
  }

  /** The evidence in words: "same email a.li@example.com". */
  public String describe() {
    return Words.of(kind()) + " " + sharedValue();
  }
}
