package io.crmkit.persistence.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.personality.StyleProfile;
import io.crmkit.core.personality.StyleProfileCodec;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.VersionConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Style profiles in table {@code crmkit_style_profile} (schema version 2): customer id, observation
 * count (the version) and the {@link StyleProfileCodec} record. A save reads the stored profile under
 * the aggregate's lock, checks that the new one continues it, and writes it back.
 */
final class JdbcStyleProfiles implements StyleProfiles {
  private final JdbcUnitOfWork tx;

  private final AtRest atRest;

  JdbcStyleProfiles(JdbcUnitOfWork tx, AtRest atRest) {
    this.tx = tx;
    this.atRest = atRest;
  }

  private StyleProfile profile(byte[] stored, String customerId) {
    return StyleProfileCodec.decode(atRest.open(stored, "style profile", "style_profile:" + customerId));
  }

  @Override
  public Optional<StyleProfile> find(CustomerId customer) {
    Require.notNull(customer, "customerId");
    return tx.run("find StyleProfile " + customer.value(), c -> stored(c, customer.value()));
  }

  @Override
  public StyleProfile save(StyleProfile profile, int storedObservations) {
    Require.notNull(profile, "styleProfile");
    String key = profile.customer().value();
    byte[] record = atRest.seal(StyleProfileCodec.encode(profile), "style_profile:" + key);
    return tx.run("save StyleProfile " + key, c -> {
      tx.lock("profile:" + key);
      StyleProfiles.requireContinues(key, stored(c, key).orElse(null), profile, storedObservations,
          java.time.Clock.systemUTC().instant());
      if (storedObservations == 0) {
        boolean inserted = Inserts.ifAbsent(c,
            "INSERT INTO crmkit_style_profile (customer_id, observation_count, record) VALUES (?, ?, ?)", s -> {
              s.setString(1, key);
              s.setInt(2, profile.observations().size());
              s.setBytes(3, record);
            });
        if (!inserted) { // another process stored one first (a server database; in one JVM the lock prevents it)
          throw new VersionConflictException(AGGREGATE, key, 0,
              stored(c, key).map(p -> p.observations().size()).orElse(0));
        }
        return profile;
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE crmkit_style_profile SET observation_count = ?, "
          + "record = ? WHERE customer_id = ? AND observation_count = ?")) {
        s.setInt(1, profile.observations().size());
        s.setBytes(2, record);
        s.setString(3, key);
        s.setInt(4, storedObservations);
        if (s.executeUpdate() != 1) {
          throw new VersionConflictException(AGGREGATE, key, storedObservations,
              stored(c, key).map(p -> p.observations().size()).orElse(0));
        }
      }
      return profile;
    });
  }

  @Override
  public Page<StyleProfile> list(PageRequest request) {
    Require.notNull(request, "request");
    return tx.run("list StyleProfiles", c -> KeysetPages.page(c, "crmkit_style_profile", "customer_id, record",
        request, r -> profile(r.getBytes(2), r.getString(1))));
  }

  @Override
  public boolean erase(CustomerId customer) {
    Require.notNull(customer, "customerId");
    return tx.run("erase StyleProfile " + customer.value(), c -> {
      tx.lock("profile:" + customer.value());
      try (PreparedStatement s = c.prepareStatement("DELETE FROM crmkit_style_profile WHERE customer_id = ?")) {
        s.setString(1, customer.value());
        return s.executeUpdate() == 1;
      }
    });
  }

  private Optional<StyleProfile> stored(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT record FROM crmkit_style_profile WHERE customer_id = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(profile(r.getBytes(1), key)) : Optional.empty();
      }
    }
  }
}
