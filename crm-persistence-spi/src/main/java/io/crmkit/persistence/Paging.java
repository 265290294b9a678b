package io.crmkit.persistence;

import io.crmkit.core.validation.Require;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Streams every item of a paged listing, one page in memory at a time. */
public final class Paging {
  private Paging() {}

  /** A lazy stream over {@code list}, pages of {@code pageSize}. */
  public static <T> Stream<T> stream(Function<PageRequest, Page<T>> list, int pageSize) {
    Require.notNull(list, "list");
    PageRequest first = PageRequest.first(pageSize);
    Iterator<T> items = new Iterator<>() {
      private Page<T> page = list.apply(first);
      private int next;

      @Override
      public boolean hasNext() {
        while (next == page.items().size()) {
          if (page.nextCursor().isEmpty()) {
            return false;
          }
          page = list.apply(PageRequest.after(page.nextCursor().get(), pageSize));
          next = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items");
        }
        return page.items().get(next++);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
