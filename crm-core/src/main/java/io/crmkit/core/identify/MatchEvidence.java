package io.crmkit.core.identify;

import io.crmkit.core.text.Words;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * One reason to think two records are the same customer: the kind of match and the normalized value
 * both share (personal data: it stays out of {@code toString} and {@link #describe()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class MatchEvidence {
  @Value.Parameter
  public abstract MatchKind kind();

  /** The normalized email, phone or name key both share: personal, redacted from {@code toString}. */
  @Value.Parameter
  @Value.Redacted
  public abstract String sharedValue();

  /**
   * @throws io.crmkit.core.validation.InvalidValueException naming {@code matchEvidence.kind} or
   *     {@code matchEvidence.sharedValue} when one is missing or the value is blank (the value stays out of the message)
   */
  public static MatchEvidence of(MatchKind kind, String sharedValue) {
    Require.notNull(kind, "matchEvidence.kind");
    Require.confidentialText(sharedValue, "matchEvidence.sharedValue");
    return ImmutableMatchEvidence.of(kind, sharedValue);
  }

  /**
   * The evidence in words, without the shared value: "same email". For a review screen that may show
   * the value, read {@link #sharedValue()}.
   */
  public String describe() {
    return Words.of(kind());
  }

  /**
   * The evidence in {@code locale}, without the shared value: the display name of its kind
   * ("same email", "电子邮箱相同").
   */
  public String describe(java.util.Locale locale) {
    return io.crmkit.core.text.DisplayNames.of(kind(), locale);
  }
}
