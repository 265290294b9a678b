package io.crmkit.persistence.memory;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.personality.StyleProfile;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.StyleProfiles;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The in-memory reference store of style profiles: thread-safe, each save an atomic check-and-set on one key. */
public final class InMemoryStyleProfiles implements StyleProfiles {
  private final ConcurrentSkipListMap<String, StyleProfile> byCustomer = new ConcurrentSkipListMap<>();
  private final Clock clock;

  /** A store whose clock is the system's (UTC): no observation dated after now is accepted. */
  public InMemoryStyleProfiles() {
    this(Clock.systemUTC());
  }

  /** A store that refuses observations dated after {@code clock}'s now. */
  public InMemoryStyleProfiles(Clock clock) {
    this.clock = Require.notNull(clock, "clock");
  }

  @Override
  public Optional<StyleProfile> find(CustomerId customer) {
    Require.notNull(customer, "customerId");
    return Optional.ofNullable(byCustomer.get(customer.value()));
  }

  @Override
  public StyleProfile save(StyleProfile profile, int storedObservations) {
    Require.notNull(profile, "styleProfile");
    return byCustomer.compute(profile.customer().value(), (key, stored) -> {
      StyleProfiles.requireContinues(key, stored, profile, storedObservations, clock.instant());
      return profile;
    });
  }

  @Override
  public Page<StyleProfile> list(PageRequest request) {
    Require.notNull(request, "request");
    return SkipListPages.page(byCustomer.keySet(), byCustomer::get, request);
  }

  @Override
  public boolean erase(CustomerId customer) {
    Require.notNull(customer, "customerId");
    return byCustomer.remove(customer.value()) != null;
  }
}
