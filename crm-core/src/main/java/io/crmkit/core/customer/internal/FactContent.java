package io.crmkit.core.customer.internal;

import io.crmkit.core.customer.profile.ProfileFact;
import java.util.function.Function;

/**
 * The raw value of a profile fact, for the two places in crm-core that may read a confidential
 * one: {@link io.crmkit.core.customer.Customer#disclose}, after the confidentiality policy granted
 * the request, and {@link io.crmkit.core.customer.CustomerCodec}, which stores it. {@link
 * ProfileFact} keeps its content package-private and lends this package its reader when the class
 * is initialised; the module does not export this package, so a host reads a confidential value
 * only through disclosure for a stated purpose.
 */
public final class FactContent {
  private static volatile Function<ProfileFact, String> reader;

  private FactContent() {}

  /**
   * Receives the reader of {@link ProfileFact}'s content; called once, by {@code ProfileFact}.
   *
   * @throws IllegalStateException if a reader was already lent
   */
  public static synchronized void lend(Function<ProfileFact, String> contentReader) {
    if (reader != null) {
      throw new IllegalStateException("the profile fact content reader was already lent");
    }
    reader = contentReader;
  }

  /** The raw value of {@code fact}, confidential or not. */
  public static String of(ProfileFact fact) {
    // A ProfileFact instance exists only once its class is initialised, and that lends the reader.
    return reader.apply(fact);
  }
}
