package io.crmkit.core.identify;

import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.ContactPointKind;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.value.CrmStyle;
import io.crmkit.core.value.InvalidValueException;
import io.crmkit.core.value.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Finds customer records that are probably one customer (Identify, IDIC step 1).
 *
 * <p>Not quadratic: each record is put into blocks by its normalized email addresses, phone numbers
 * and name key, and only records sharing a block are compared. A block larger than
 * {@link #maxBlockSize()} (a common name, a switchboard number) is not expanded into pairs but
 * reported as a {@link SkippedBlock}. A pair becomes a candidate when its score, 1 - product of
 * (1 - weight) over the kinds of evidence it has, reaches {@link #minScore()}. Defaults: weights
 * email 0.9, phone 0.8, name 0.5; minimum score 0.5 (a shared name alone is a candidate for review);
 * block size 50.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DuplicateDetector {

  public abstract Normalizer normalizer();

  /** Weight of each kind of evidence, each within (0, 1); kinds not named use their default. */
  public abstract Map<MatchKind, Double> weights();

  @Value.Default
  public double minScore() {
    return 0.5;
  }

  @Value.Default
  public int maxBlockSize() {
    return 50;
  }

  /** A detector with default weights, threshold and block size. */
  public static DuplicateDetector using(Normalizer normalizer) {
    return ImmutableDuplicateDetector.builder().normalizer(normalizer).build();
  }

  public static ImmutableDuplicateDetector.Builder builder() {
    return ImmutableDuplicateDetector.builder();
  }

  @Value.Check
  protected void check() {
    weights().forEach((kind, w) -> Require.that(w > 0 && w < 1, "duplicateDetector.weights." + kind,
        "must be within (0, 1)", w));
    Require.that(minScore() > 0 && minScore() <= 1, "duplicateDetector.minScore",
        "must be within (0, 1]", minScore());
    Require.that(maxBlockSize() >= 2, "duplicateDetector.maxBlockSize", "must be at least 2",
        maxBlockSize());
  }

  /** The weight used for {@code kind}. */
  public double weight(MatchKind kind) {
    return weights().getOrDefault(kind, kind.defaultWeight());
  }

  /** The score of a pair that has evidence of exactly the given kinds. */
  public double score(Collection<MatchKind> kinds) {
    double miss = 1.0;
    for (MatchKind kind : kinds.stream().distinct().toList()) {
      miss *= 1.0 - weight(kind);
    }
    return 1.0 - miss;
  }

  /** Finds the candidate pairs among {@code customers}; the order of the input does not matter. */
  public DuplicateReport detect(Collection<Customer> customers) {
    Require.notNull(customers, "customers");
    Customer[] records = customers.toArray(Customer[]::new);
    Arrays.sort(records, Comparator.comparing(Customer::id));
    List<UnusableContactPoint> unusable = new ArrayList<>();
    String[][] keys = new String[records.length][];
    Map<String, IntBlock> blocks = new HashMap<>(records.length * 3);
    for (int i = 0; i < records.length; i++) {
      Require.that(i == 0 || !records[i].id().equals(records[i - 1].id()), "customers",
          "must not contain the same id twice", records[i].id());
      keys[i] = blockingKeys(records[i], unusable);
      for (String key : keys[i]) {
        blocks.computeIfAbsent(key, k -> new IntBlock()).add(i);
      }
    }

    List<SkippedBlock> skipped = new ArrayList<>();
    Map<Long, Integer> pairKinds = new HashMap<>();
    for (Map.Entry<String, IntBlock> entry : blocks.entrySet()) {
      IntBlock block = entry.getValue();
      if (block.size < 2) {
        continue;
      }
      MatchKind kind = kindOf(entry.getKey());
      if (block.size > maxBlockSize()) {
        skipped.add(ImmutableSkippedBlock.of(kind, entry.getKey().substring(2), block.size));
        continue;
      }
      int bit = 1 << kind.ordinal();
      for (int a = 0; a < block.size; a++) {
        for (int b = a + 1; b < block.size; b++) {
          long pair = ((long) block.members[a] << 32) | block.members[b];
          pairKinds.merge(pair, bit, (x, y) -> x | y);
        }
      }
    }

    List<DuplicateCandidate> candidates = new ArrayList<>();
    for (Map.Entry<Long, Integer> entry : pairKinds.entrySet()) {
      List<MatchKind> kinds = kindsOf(entry.getValue());
      double score = score(kinds);
      if (score >= minScore()) {
        int a = (int) (entry.getKey() >>> 32);
        int b = (int) (long) entry.getKey();
        candidates.add(ImmutableDuplicateCandidate.builder().first(records[a].id())
            .second(records[b].id()).evidence(sharedEvidence(keys[a], keys[b], blocks)).score(score)
            .build());
      }
    }
    candidates.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
        .thenComparing(DuplicateCandidate::first).thenComparing(DuplicateCandidate::second));
    skipped.sort(Comparator.comparing(SkippedBlock::kind).thenComparing(SkippedBlock::sharedValue));
    return ImmutableDuplicateReport.builder().recordsExamined(records.length).candidates(candidates)
        .skippedBlocks(skipped).unusableContactPoints(unusable).build();
  }

  private List<MatchEvidence> sharedEvidence(String[] a, String[] b, Map<String, IntBlock> blocks) {
    List<MatchEvidence> evidence = new ArrayList<>();
    for (String key : a) {
      if (Arrays.asList(b).contains(key) && blocks.get(key).size <= maxBlockSize()) {
        evidence.add(MatchEvidence.of(kindOf(key), key.substring(2)));
      }
    }
    return evidence;
  }

  private String[] blockingKeys(Customer customer, List<UnusableContactPoint> unusable) {
    List<String> keys = new ArrayList<>(4);
    String nameKey = normalizer().nameKey(customer.displayName());
    if (!nameKey.isEmpty()) {
      keys.add("n:" + nameKey);
    }
    for (ContactPoint point : customer.contactPoints()) {
      try {
        if (point.kind() == ContactPointKind.EMAIL) {
          keys.add("e:" + normalizer().email(point.value()));
        } else if (point.kind() == ContactPointKind.PHONE) {
          keys.add("p:" + normalizer().phone(point.value()));
        }
      } catch (InvalidValueException e) {
        unusable.add(ImmutableUnusableContactPoint.of(customer.id(), point.kind(), e.getMessage()));
      }
    }
    return keys.stream().distinct().toArray(String[]::new);
  }

  private static MatchKind kindOf(String key) {
    switch (key.charAt(0)) {
      case 'e':
        return MatchKind.SAME_EMAIL;
      case 'p':
        return MatchKind.SAME_PHONE;
      default:
        return MatchKind.SAME_NAME;
    }
  }

  private static List<MatchKind> kindsOf(int bits) {
    List<MatchKind> kinds = new ArrayList<>(3);
    for (MatchKind kind : MatchKind.values()) {
      if ((bits & (1 << kind.ordinal())) != 0) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /** A growable list of record indexes sharing one blocking key. */
  private static final class IntBlock {
    int[] members = new int[2];
    int size;

    void add(int index) {
      if (size == members.length) {
        members = Arrays.copyOf(members, size * 2);
      }
      members[size++] = index;
    }
  }

  /** Weights per kind, for callers who want to read them back. */
  public Map<MatchKind, Double> effectiveWeights() {
    Map<MatchKind, Double> effective = new EnumMap<>(MatchKind.class);
    for (MatchKind kind : MatchKind.values()) {
      effective.put(kind, weight(kind));
    }
    return java.util.Collections.unmodifiableMap(effective);
  }
}
