package io.crmkit.scoring.transactions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 65,536 ids that all share one {@code String.hashCode} (every string of 16 blocks "Aa" or "BB")
 * made each lookup walk one probe run (issue 22): the tables now hash with a secret key, under
 * which those ids spread.
 */
class CollidingIdsTest {
  private static List<String> collidingIds() {
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 1 << 16; bits++) {
      StringBuilder id = new StringBuilder(32);
      for (int k = 0; k < 16; k++) {
        id.append((bits >>> k & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    return ids;
  }

  @Test
  void idsThatCollideUnderStringHashCodeSpreadUnderTheKeyedHash() {
    List<String> ids = collidingIds();
    assertThat(ids.stream().map(String::hashCode).distinct().count()).isEqualTo(1);
    Set<Integer> chars = new HashSet<>();
    Set<Integer> bytes = new HashSet<>();
    for (String id : ids) {
      chars.add(SeededHash.ofChars(id));
      byte[] b = id.getBytes(StandardCharsets.US_ASCII);
      bytes.add(SeededHash.ofBytes(b, 0, b.length));
    }
    // A random 32-bit hash of 65,536 ids has about half a collision; allow a few.
    assertThat(chars).hasSizeGreaterThan(65_500);
    assertThat(bytes).hasSizeGreaterThan(65_500);
  }

  @Test
  void everyCollidingIdStillGetsItsOwnIndexInOrderOfFirstAppearance() {
    List<String> ids = collidingIds();
    IdIndex index = new IdIndex();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(index.indexOf(ids.get(i))).isEqualTo(i);
    }
    for (int i = 0; i < ids.size(); i += 997) {
      assertThat(index.indexOf(ids.get(i))).isEqualTo(i);
    }
    assertThat(index.size()).isEqualTo(ids.size());
  }
}
