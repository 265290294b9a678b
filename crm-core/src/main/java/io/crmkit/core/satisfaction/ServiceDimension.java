package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One thing customers perceive about a service and hold an expectation about. CRM practice names
 * five, which map onto SERVQUAL: image (tangibles), attitude (empathy), responsiveness,
 * professional competence (assurance) and integrity (reliability). Hosts may declare more.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ServiceDimension implements Comparable<ServiceDimension> {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Appearance of staff and premises (SERVQUAL "tangibles"). */
  public static final ServiceDimension IMAGE = standard("image", "Image", "tangibles",
      "appearance of staff, premises and materials");
  /** Courtesy and individual care (SERVQUAL "empathy"). */
  public static final ServiceDimension ATTITUDE = standard("attitude", "Attitude", "empathy",
      "courtesy and individual care");
  /** How fast requests are answered (SERVQUAL "responsiveness"). */
  public static final ServiceDimension RESPONSIVENESS = standard("responsiveness", "Responsiveness",
      "responsiveness", "how fast requests are answered");
  /** Knowledge and skill that inspire confidence (SERVQUAL "assurance"). */
  public static final ServiceDimension COMPETENCE = standard("competence", "Professional competence",
      "assurance", "knowledge and skill that inspire confidence");
  /** Promises kept, dependably and accurately (SERVQUAL "reliability"). */
  public static final ServiceDimension INTEGRITY = standard("integrity", "Integrity", "reliability",
      "promises kept, dependably and accurately");

  /** A short lower-case kebab key: {@code responsiveness}, {@code delivery-speed}. */
  public abstract String key();

  /** The name shown to people. */
  public abstract String title();

  /** The SERVQUAL dimension this corresponds to, if any. */
  public abstract Optional<String> servqual();

  /** What customers perceive on this dimension. */
  public abstract String description();

  /** The five dimensions of CRM practice, in the order courses teach them. */
  public static List<ServiceDimension> standardFive() {
    return List.of(IMAGE, ATTITUDE, RESPONSIVENESS, COMPETENCE, INTEGRITY);
  }

  /** A dimension a host declares beyond the standard five. */
  public static ServiceDimension of(String key, String title, String description) {
    return ImmutableServiceDimension.builder().key(key).title(title).description(description).build();
  }

  private static ServiceDimension standard(String key, String title, String servqual, String description) {
    return ImmutableServiceDimension.builder().key(key).title(title).servqual(servqual)
        .description(description).build();
  }

  @Value.Check
  protected void check() {
    Require.that(key().length() <= 64 && KEY.matcher(key()).matches(), "serviceDimension.key",
        "must be lower-case kebab-case of at most 64 characters", key());
    Require.text(title(), "serviceDimension.title");
    Require.text(description(), "serviceDimension.description");
  }

  @Override
  public int compareTo(ServiceDimension other) {
    return key().compareTo(other.key());
  }

  @Override
  public String toString() {
    return key();
  }
}
