package io.crmkit.examples.benchmarks;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerKind;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic customer base for benchmarks: names from 2,000 given and 5,000 family
 * names built from syllables, a unique email and Chinese mobile number per person, and a share of
 * planted duplicates that each re-enter a different earlier person with the name upper-cased and reordered, the
 * email upper-cased and the phone written in another national form.
 */
public final class SyntheticCustomers {
  private static final String[] SYLLABLES = {"an", "bo", "chen", "da", "en", "fa", "gu", "hui", "jin",
      "ka", "li", "mei", "na", "ou", "pei", "qi", "ru", "shi", "tao", "wen", "xi", "ya", "zhi", "lo",
      "ma", "ne", "ri", "so", "tu", "vi", "yo", "ze"};

  /** The base and how many of its records are planted duplicates. */
  public record Base(List<Customer> customers, int plantedDuplicates) {}

  private SyntheticCustomers() {}

  /**
   * {@code size} records of which {@code duplicateShare} (0 to 0.5) are planted duplicates; the same
   * seed gives the same base.
   */
  public static Base generate(int size, double duplicateShare, long seed) {
    if (size < 0 || duplicateShare < 0 || duplicateShare > 0.5) {
      throw new IllegalArgumentException("size must be >= 0 and duplicateShare within 0..0.5, was "
          + size + " and " + duplicateShare);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int duplicates = (int) Math.round(size * duplicateShare);
    int originals = size - duplicates;
    List<Customer> customers = new ArrayList<>(size);
    String[] given = new String[originals];
    String[] family = new String[originals];
    long[] mobile = new long[originals];
    for (int i = 0; i < originals; i++) {
      given[i] = capitalized(word(random.nextInt(2_000), 2));
      family[i] = capitalized(word(random.nextInt(5_000), 3));
      mobile[i] = 13_000_000_000L + i * 7L + random.nextInt(7);
      customers.add(person(i, given[i] + " " + family[i],
          given[i].toLowerCase(Locale.ROOT) + "." + family[i].toLowerCase(Locale.ROOT) + "." + i + "@example.com",
          Long.toString(mobile[i])));
    }
    for (int d = 0; d < duplicates; d++) {
      int of = d * (originals / duplicates);
      String phone = Long.toString(mobile[of]);
      customers.add(person(originals + d, (family[of] + ", " + given[of]).toUpperCase(Locale.ROOT),
          (given[of] + "." + family[of] + "." + of + "@Example.COM").toUpperCase(Locale.ROOT),
          "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7)));
    }
    return new Base(List.copyOf(customers), duplicates);
  }

  private static Customer person(int index, String name, String email, String phone) {
    return Customer.builder().id(CustomerId.of("s-" + index)).kind(CustomerKind.PERSON).displayName(name)
        .addContactPoint(ContactPoint.of(ContactPointKind.EMAIL, email))
        .addContactPoint(ContactPoint.of(ContactPointKind.PHONE, phone)).build();
  }

  private static String word(int index, int syllables) {
    StringBuilder word = new StringBuilder();
    int rest = index;
    for (int s = 0; s < syllables; s++) {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    }
    return word.toString();
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
