package io.crmkit.persistence;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which page to read: at most {@link #size()} items (1..1000) after the cursor of the previous
 * page. Cursors are opaque strings; pages are in id order, so paging is complete and stable while
 * other writers work: every item stored throughout is returned exactly once.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PageRequest {
  public static final int MAX_SIZE = 1_000;

  public abstract Optional<String> after();

  public abstract int size();

  public static PageRequest first(int size) {
    return ImmutablePageRequest.builder().size(size).build();
  }

  public static PageRequest after(String cursor, int size) {
    return ImmutablePageRequest.builder().after(cursor).size(size).build();
  }

  @Value.Check
  protected void check() {
    Require.that(size() >= 1 && size() <= MAX_SIZE, "pageRequest.size", "must be within 1.." + MAX_SIZE, size());
  }
}
