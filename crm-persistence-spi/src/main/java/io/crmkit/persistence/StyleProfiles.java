package io.crmkit.persistence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.personality.StyleClassifier;
import io.crmkit.core.personality.StyleProfile;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a host keeps customers' personality style profiles: observations only grow, and the number
 * of stored observations is the profile's version. Saving names how many observations the writer
 * read; a stale count is a {@link VersionConflictException}, a profile that does not continue the
 * stored observations a {@link HistoryConflictException}. Nothing is written in either case.
 */
public interface StyleProfiles {
  /** The aggregate name conflicts carry ({@link VersionConflictException#aggregate()}). */
  String AGGREGATE = "StyleProfile";

  Optional<StyleProfile> find(CustomerId customer);

  /**
   * Stores {@code profile}, whose first {@code storedObservations} observations are the stored ones
   * (0 for a new profile).
   *
   * @return the profile as stored
   */
  StyleProfile save(StyleProfile profile, int storedObservations);

  /** One page of profiles in customer-id order. */
  Page<StyleProfile> list(PageRequest request);

  default Stream<StyleProfile> stream() {
    return Paging.stream(this::list, 500);
  }

  /**
   * Removes the customer's profile: an assessment of a person's behaviour is personal data with no
   * anonymous figure worth keeping. Part of the right to be forgotten.
   *
   * @return whether a profile was stored
   */
  boolean erase(CustomerId customer);

  /**
   * The check every store makes before writing: {@code stored} (null if none) holds
   * {@code storedObservations} observations, and {@code next} keeps them all, in order, and adds
   * at least one.
   *
   * @throws VersionConflictException if the stored count differs
   * @throws HistoryConflictException if {@code next} rewrites or drops a stored observation, or its
   *     assessment history is not the one {@link StyleClassifier#DEFAULT} gives its observations
   */
  static void requireContinues(String key, StyleProfile stored, StyleProfile next, int storedObservations) {
    requireContinues(key, stored, next, storedObservations, StyleClassifier.DEFAULT);
  }

  /**
   * As {@link #requireContinues(String, StyleProfile, StyleProfile, int)}, for a host whose
   * assessments come from {@code classifier}: the assessment history must be exactly what observing
   * the observations in order with it gives, so a forged assessment is refused.
   */
  static void requireContinues(String key, StyleProfile stored, StyleProfile next, int storedObservations,
      StyleClassifier classifier) {
    requireObservationsContinue(key, stored, next, storedObservations);
    StyleProfile replayed = StyleProfile.of(next.customer());
    for (StyleProfile.Observation o : next.observations()) {
      replayed = replayed.observe(o.cue(), o.observedBy(), o.observedAt(), classifier);
    }
    if (!replayed.history().equals(next.history())) {
      throw new HistoryConflictException("StyleProfile", key, "the assessment history is not the one the "
          + next.observations().size() + " observations give");
    }
  }

  /**
   * As {@link #requireContinues(String, StyleProfile, StyleProfile, int)}, and no observation the
   * save adds may be dated after {@code now} (the store's clock), so a forged future observation
   * cannot stay the latest word on the customer. The stores of crmkit call this one.
   *
   * @throws HistoryConflictException also if an added observation is dated after {@code now}
   */
  static void requireContinues(String key, StyleProfile stored, StyleProfile next, int storedObservations,
      Instant now) {
    requireContinues(key, stored, next, storedObservations);
    io.crmkit.core.validation.Require.notNull(now, "now");
    for (int i = storedObservations; i < next.observations().size(); i++) {
      if (next.observations().get(i).observedAt().isAfter(now)) {
        throw new HistoryConflictException(AGGREGATE, key, "observation " + (i + 1)
            + " is dated after the store's clock; observations are recorded when they are made");
      }
    }
  }

  private static void requireObservationsContinue(String key, StyleProfile stored, StyleProfile next,
      int storedObservations) {
    int actual = stored == null ? 0 : stored.observations().size();
    if (actual != storedObservations) {
      throw new VersionConflictException(AGGREGATE, key, storedObservations, actual);
    }
    if (next.observations().size() <= actual
        || stored != null && !next.observations().subList(0, actual).equals(stored.observations())) {
      throw new HistoryConflictException(AGGREGATE, key, "the profile must keep the " + actual
          + " stored observations in order and add at least one");
    }
  }
}
