package io.crmkit.persistence;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a listing and the cursor of the next one (empty on the last page).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Page<T> {
  public abstract List<T> items();

  public abstract Optional<String> nextCursor();

  public static <T> Page<T> of(List<T> items, Optional<String> nextCursor) {
    Require.notNull(items, "page.items");
    items.forEach(item -> Require.notNull(item, "page.items[]"));
    Require.notNull(nextCursor, "page.nextCursor");
    return ImmutablePage.<T>builder().items(items).nextCursor(nextCursor).build();
  }
}
