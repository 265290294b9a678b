package io.crmkit.persistence.memory;

import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cursor paging over a sorted set of ids (concurrent, or guarded by the caller's lock), shared by the in-memory stores; the cursor is
 * the last id. An id whose item is gone by the time it is read (deleted meanwhile) is skipped.
 */
final class SkipListPages {
  private SkipListPages() {}

  static <T> Page<T> page(NavigableSet<String> ids, Function<String, T> lookup, PageRequest request) {
    NavigableSet<String> rest = request.after().map(a -> ids.tailSet(a, false)).orElse(ids);
    List<T> items = new ArrayList<>(request.size());
    String last = null;
    for (String id : rest) {
      if (items.size() == request.size()) {
        break;
      }
      T item = lookup.apply(id);
      if (item != null) {
        items.add(item);
        last = id;
      }
    }
    boolean more = last != null && ids.higher(last) != null;
    return Page.of(items, more ? Optional.of(last) : Optional.empty());
  }
}
