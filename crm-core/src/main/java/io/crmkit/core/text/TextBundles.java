package io.crmkit.core.text;

import io.crmkit.core.validation.Require;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Loads the texts people read (display names, lesson texts) from UTF-8 {@code .properties} bundles
 * with the JDK's no-fallback control: the candidates are the asked locale's own chain only
 * ({@code zh_CN}, {@code zh}, then the base file), never the JVM's default locale. The base file is
 * English, so asking for English on a machine whose default locale is Chinese still gives English.
 *
 * <p>{@code ResourceBundle.getBundle} refuses a {@code Control} inside a named module, and a module's
 * resources are encapsulated, so the caller passes an {@link Opener} that reads resources from its own
 * module (e.g. {@code name -> MyClass.class.getResourceAsStream("/" + name)}). Stateless and
 * thread-safe.
 */
public final class TextBundles {
  /** The candidate-locale and naming rules: the JDK's no-fallback control for properties files. */
  public static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private TextBundles() {}

  /** Opens a resource by its absolute name ({@code io/crmkit/core/personality/DisplayNames.properties}). */
  @FunctionalInterface
  public interface Opener {
    /** The resource's bytes, or {@code null} when there is no such resource. */
    InputStream open(String resourceName) throws IOException;
  }

  /**
   * The bundle {@code baseName} (dotted, e.g. {@code io.crmkit.core.personality.DisplayNames}) for
   * {@code locale}, its parents chained the way {@code ResourceBundle} chains them; empty when not even
   * the base file exists.
   *
   * @throws UncheckedIOException when a file exists but cannot be read or is not valid UTF-8
   */
  public static Optional<ResourceBundle> find(String baseName, Locale locale, Opener opener) {
    Require.text(baseName, "textBundles.baseName");
    Require.notNull(locale, "textBundles.locale");
    Require.notNull(opener, "textBundles.opener");
    List<Locale> candidates = NO_FALLBACK.getCandidateLocales(baseName, locale);
    Chained child = null;
    Chained first = null;
    for (Locale candidate : candidates) {
      String resource = NO_FALLBACK.toResourceName(NO_FALLBACK.toBundleName(baseName, candidate), "properties");
      Chained bundle = read(resource, opener);
      if (bundle == null) {
        continue;
      }
      if (child == null) {
        first = bundle;
      } else {
        child.parent(bundle);
      }
      child = bundle;
    }
    return Optional.ofNullable(first);
  }

  private static Chained read(String resource, Opener opener) {
    try (InputStream in = opener.open(resource)) {
      if (in == null) {
        return null;
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
      return new Chained(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the text bundle " + resource + " (must be UTF-8)", e);
    }
  }

  private static final class Chained extends PropertyResourceBundle {
    Chained(Reader reader) throws IOException {
      super(reader);
    }

    void parent(ResourceBundle parent) {
      setParent(parent);
    }
  }
}
