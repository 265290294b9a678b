package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Something the company can deliver, declared in its service-capability catalogue: either a level
 * (loan decision within 3 working days: lower is better; 99.5% uptime: higher is better) or a
 * feature it does or does not offer (weekend opening: no).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Capability {
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Whether a smaller or a larger level is the better service. */
  public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER
  }

  public abstract String key();

  public abstract String description();

  /** The level we can deliver; empty for a feature. */
  public abstract Optional<BigDecimal> deliverableLevel();

  /** For a level: which way is better. */
  public abstract Optional<Direction> direction();

  /** For a level: its unit, e.g. "working days". */
  public abstract Optional<String> unit();

  /** For a feature: whether we offer it. Levels are always offered. */
  @Value.Default
  public boolean offered() {
    return true;
  }

  /** A level we can deliver. */
  public static Capability level(String key, String description, BigDecimal deliverable, Direction direction,
      String unit) {
    return ImmutableCapability.builder().key(key).description(description).deliverableLevel(deliverable)
        .direction(direction).unit(unit).build();
  }

  /** A feature we do or do not offer. */
  public static Capability feature(String key, String description, boolean offered) {
    return ImmutableCapability.builder().key(key).description(description).offered(offered).build();
  }

  @Value.Check
  protected void check() {
    Require.that(key().length() <= 64, "capability.key", "must be at most 64 characters", key().length() + " characters");
    Require.that(KEY.matcher(key()).matches(), "capability.key", "must be lower-case kebab-case", key());
    Require.text(description(), "capability.description");
    Require.that(deliverableLevel().isPresent() == direction().isPresent()
        && deliverableLevel().isPresent() == unit().isPresent(), "capability",
        "must give level, direction and unit together, or none of them for a feature", key());
    Require.that(deliverableLevel().isEmpty() || offered(), "capability.offered",
        "must be true for a level", offered());
    unit().ifPresent(u -> Require.text(u, "capability.unit"));
    deliverableLevel().ifPresent(l -> Require.that(l.signum() >= 0, "capability.deliverableLevel",
        "must not be negative", l.toPlainString()));
  }

  /** Whether a level is one of these. */
  public boolean isLevel() {
    return deliverableLevel().isPresent();
  }

  /** Whether {@code level} is within what we deliver (at most as good as the deliverable level). */
  public boolean canDeliver(BigDecimal level) {
    BigDecimal deliverable = deliverableLevel().orElseThrow();
    int cmp = level.compareTo(deliverable);
    return direction().orElseThrow() == Direction.LOWER_IS_BETTER ? cmp >= 0 : cmp <= 0;
  }

  /**
   * How far {@code level} goes beyond what we deliver, relative to the deliverable level: 0 when we
   * can deliver it, 1 (100%) when the deliverable level is zero.
   */
  public BigDecimal excessOf(BigDecimal level) {
    BigDecimal deliverable = deliverableLevel().orElseThrow();
    if (canDeliver(level)) {
      return BigDecimal.ZERO;
    }
    if (deliverable.signum() == 0) {
      return BigDecimal.ONE;
    }
    return level.subtract(deliverable).abs().divide(deliverable.abs(), 4, RoundingMode.HALF_EVEN);
  }
}
