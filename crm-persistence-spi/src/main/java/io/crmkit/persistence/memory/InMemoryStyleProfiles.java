package io.crmkit.persistence.memory;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.personality.StyleProfile;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.StyleProfiles;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The in-memory reference store of style profiles: thread-safe, each save an atomic check-and-set on one key. */
public final class InMemoryStyleProfiles implements StyleProfiles {
  private final ConcurrentSkipListMap<String, StyleProfile> byCustomer = new ConcurrentSkipListMap<>();

  @Override
  public Optional<StyleProfile> find(CustomerId customer) {
    Require.notNull(customer, "customerId");
    return Optional.ofNullable(byCustomer.get(customer.value()));
  }

  @Override
  public StyleProfile save(StyleProfile profile, int storedObservations) {
    Require.notNull(profile, "styleProfile");
    return byCustomer.compute(profile.customer().value(), (key, stored) -> {
      StyleProfiles.requireContinues(key, stored, profile, storedObservations);
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
