package io.crmkit.persistence.memory;

import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Cursor paging over an id-ordered map, shared by the in-memory stores; the cursor is the last id. */
final class SkipListPages {
  private SkipListPages() {}

  static <T> Page<T> page(ConcurrentSkipListMap<String, T> byId, PageRequest request) {
    Map<String, T> rest = request.after().<Map<String, T>>map(a -> byId.tailMap(a, false)).orElse(byId);
    List<T> items = new ArrayList<>(request.size());
    String last = null;
    for (Map.Entry<String, T> e : rest.entrySet()) {
      if (items.size() == request.size()) {
        break;
      }
      items.add(e.getValue());
      last = e.getKey();
    }
    boolean more = last != null && byId.higherKey(last) != null;
    return Page.of(items, more ? Optional.of(last) : Optional.empty());
  }
}
