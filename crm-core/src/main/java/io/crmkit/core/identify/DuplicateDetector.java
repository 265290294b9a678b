package io.crmkit.core.identify;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.immutables.value.Value;

/**
 * Finds customer records that are probably one customer (Identify, IDIC step 1).
 *
 * <p>Not quadratic: each record is put into blocks by its normalized email addresses, phone numbers
 * and name key, and only records sharing a block are compared. A block larger than
 * {@link #maxBlockSize()} (a common name, a switchboard number) is not expanded into pairs but
 * reported as a {@link SkippedBlock}. A pair becomes a candidate when its score, 1 - product of
 * (1 - weight) over the kinds of evidence it has, reaches {@link #minScore()} and at least one kind
 * {@linkplain MatchKind#identifiesAPerson() identifies a person}: a shared name alone is never a
 * candidate, as namesakes are different people and merging them would hand one the other's data.
 * Defaults: weights email 0.9, phone 0.8, name 0.5; minimum score 0.5; block size 50.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DuplicateDetector {

  public abstract IdentityNormalizer normalizer();

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
  public static DuplicateDetector using(IdentityNormalizer normalizer) {
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
    // One map per kind of evidence, normalized value -> record index (Integer) or IntBlock (2 or more).
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (int k = 0; k < MatchKind.values().length; k++) {
      blocks.add(new HashMap<>(records.length * 2));
    }
    for (int i = 0; i < records.length; i++) {
      Require.that(i == 0 || !records[i].id().equals(records[i - 1].id()), "customers",
          "must not contain the same id twice", records[i].id());
      int index = i;
      forEachBlockingKey(records[i], unusable, (kind, value) ->
          blocks.get(kind.ordinal()).merge(value, index, DuplicateDetector::join));
    }

    List<SkippedBlock> skipped = new ArrayList<>();
    Map<Long, Integer> pairKinds = new HashMap<>();
    for (MatchKind kind : MatchKind.values()) {
      int bit = 1 << kind.ordinal();
      for (Map.Entry<String, Object> entry : blocks.get(kind.ordinal()).entrySet()) {
        if (!(entry.getValue() instanceof IntBlock)) {
          continue;
        }
        IntBlock block = (IntBlock) entry.getValue();
        if (block.size > maxBlockSize()) {
          skipped.add(ImmutableSkippedBlock.of(kind, entry.getKey(), block.size));
          continue;
        }
        for (int a = 0; a < block.size; a++) {
          for (int b = a + 1; b < block.size; b++) {
            long pair = ((long) block.members[a] << 32) | block.members[b];
            pairKinds.merge(pair, bit, (x, y) -> x | y);
          }
        }
      }
    }

    List<DuplicateCandidate> candidates = new ArrayList<>();
    for (Map.Entry<Long, Integer> entry : pairKinds.entrySet()) {
      List<MatchKind> kinds = kindsOf(entry.getValue());
      double score = score(kinds);
      if (score >= minScore() && kinds.stream().anyMatch(MatchKind::identifiesAPerson)) {
        Customer first = records[(int) (entry.getKey() >>> 32)];
        Customer second = records[(int) (long) entry.getKey()];
        candidates.add(ImmutableDuplicateCandidate.builder().first(first.id()).second(second.id())
            .evidence(sharedEvidence(first, second, entry.getValue())).score(score).build());
      }
    }
    candidates.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
        .thenComparing(DuplicateCandidate::first).thenComparing(DuplicateCandidate::second));
    skipped.sort(Comparator.comparing(SkippedBlock::kind).thenComparing(SkippedBlock::sharedValue));
    return ImmutableDuplicateReport.builder().recordsExamined(records.length).candidates(candidates)
        .skippedBlocks(skipped).unusableContactPoints(unusable).build();
  }

  /** The values both records share, of the kinds that paired them (blocks too large do not count). */
  private List<MatchEvidence> sharedEvidence(Customer first, Customer second, int kindBits) {
    List<MatchEvidence> theirs = new ArrayList<>();
    forEachBlockingKey(second, new ArrayList<>(), (kind, value) -> theirs.add(MatchEvidence.of(kind, value)));
    List<MatchEvidence> shared = new ArrayList<>();
    forEachBlockingKey(first, new ArrayList<>(), (kind, value) -> {
      MatchEvidence e = MatchEvidence.of(kind, value);
      if ((kindBits & (1 << kind.ordinal())) != 0 && theirs.contains(e) && !shared.contains(e)) {
        shared.add(e);
      }
    });
    return shared;
  }

  private void forEachBlockingKey(Customer customer, List<UnusableContactPoint> unusable,
      BiConsumer<MatchKind, String> sink) {
    String nameKey = normalizer().nameKey(customer.displayName());
    if (!nameKey.isEmpty()) {
      sink.accept(MatchKind.SAME_NAME, nameKey);
    }
    for (ContactPoint point : customer.contactPoints()) {
      try {
        if (point.kind() == ContactPointKind.EMAIL) {
          sink.accept(MatchKind.SAME_EMAIL, normalizer().email(point.value()));
        } else if (point.kind() == ContactPointKind.PHONE) {
          sink.accept(MatchKind.SAME_PHONE, normalizer().phone(point.value()));
        }
      } catch (InvalidValueException e) {
        // The rule, not the message: the message quotes the raw email or phone.
        unusable.add(ImmutableUnusableContactPoint.of(customer.id(), point.kind(), e.field() + " " + e.rule())
            .withField(e.field()).withRule(e.rule()));
      }
    }
  }

  /** Merges a new record index into a block value: Integer for one record, IntBlock for more. */
  private static Object join(Object existing, Object added) {
    int index = (Integer) added;
    if (existing instanceof IntBlock) {
      IntBlock block = (IntBlock) existing;
      if (block.members[block.size - 1] != index) {
        block.add(index);
      }
      return block;
    }
    int single = (Integer) existing;
    if (single == index) {
      return existing;
    }
    IntBlock block = new IntBlock();
    block.add(single);
    block.add(index);
    return block;
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
}
