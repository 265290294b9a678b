package io.crmkit.core.customer.internal;

import io.crmkit.core.customer.profile.ProfileFact;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The raw value and revision identity of a profile fact, for the places in crm-core that may read
 * them: {@link io.crmkit.core.customer.confidentiality.Disclosures}, after the host's authoriser
 * and the consent rules granted the request, and {@link io.crmkit.core.customer.CustomerCodec},
 * which stores them. {@link ProfileFact} keeps both private and lends this package its readers
 * when the class is initialised; the module does not export this package, so a host reads a
 * confidential value only through disclosure for a stated purpose.
 */
public final class FactContent {
  private static volatile Function<ProfileFact, String> reader;
  private static volatile ToLongFunction<ProfileFact> revisions;
  private static volatile BiFunction<ProfileFact.Builder, Long, ProfileFact> restorer;

  private FactContent() {}

  /**
   * Receives the readers of {@link ProfileFact}; called once, by {@code ProfileFact}.
   *
   * @throws IllegalStateException if readers were already lent
   */
  public static synchronized void lend(Function<ProfileFact, String> contentReader,
      ToLongFunction<ProfileFact> revisionReader, BiFunction<ProfileFact.Builder, Long, ProfileFact> restore) {
    if (reader != null) {
      throw new IllegalStateException("the profile fact content reader was already lent");
    }
    reader = contentReader;
    revisions = revisionReader;
    restorer = restore;
  }

  /** The raw value of {@code fact}, confidential or not. */
  public static String of(ProfileFact fact) {
    // A ProfileFact instance exists only once its class is initialised, and that lends the reader.
    return reader.apply(fact);
  }

  /** The identity of the revision {@code fact} is. */
  public static long revisionOf(ProfileFact fact) {
    return revisions.applyAsLong(fact);
  }

  /** A stored revision rebuilt with its stored identity. */
  public static ProfileFact restore(ProfileFact.Builder builder, long revision) {
    ensureLent();
    return restorer.apply(builder, revision);
  }

  private static void ensureLent() {
    if (restorer == null) {
      try {
        Class.forName(ProfileFact.class.getName(), true, ProfileFact.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("ProfileFact is not on the class path", e);
      }
    }
  }
}
