package io.crmkit.core.identify;

import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.ContactPointKind;
import io.crmkit.core.value.CrmStyle;
import io.crmkit.core.value.InvalidValueException;
import io.crmkit.core.value.Require;
import java.text.Normalizer.Form;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Brings emails, phone numbers and names into one canonical form, so that the same customer entered
 * twice ("Li Wei, 138-0013-8000" and "WEI LI, +86 138 0013 8000") is recognised: the first task of
 * Identify (IDIC step 1). Every method is idempotent: normalizing a normalized value changes nothing.
 *
 * <ul>
 *   <li>Email: Unicode NFKC, trimmed, lower case; must have one {@code @} between non-empty parts.
 *   <li>Phone: digits only with a leading {@code +} and the country calling code (E.164 form);
 *       {@code 00} is read as {@code +}, a single leading {@code 0} as the national trunk prefix of
 *       the default country; 7 to 15 digits in all.
 *   <li>Name: NFKC (full-width letters become ASCII), whitespace collapsed and trimmed.
 *   <li>Name key, for matching only: case, accents and punctuation dropped, Latin tokens sorted
 *       ("Li Wei" = "WEI, Li"), spaces between Chinese characters removed ("李 伟" = "李伟").
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Normalizer {
  private static final Pattern WHITESPACE = Pattern.compile("[\\p{IsWhite_Space}\\p{Cc}]+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
  private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().\\-/]+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[1-9][0-9]{0,2}");

  /** The country calling code assumed for numbers written without one, e.g. {@code "86"}, {@code "49"}. */
  @Value.Parameter
  public abstract String defaultCountryCode();

  /** A normalizer that reads national numbers as belonging to {@code defaultCountryCode}. */
  public static Normalizer forCountryCode(String defaultCountryCode) {
    Require.notNull(defaultCountryCode, "defaultCountryCode");
    return ImmutableNormalizer.of(defaultCountryCode);
  }

  @Value.Check
  protected void check() {
    Require.that(COUNTRY_CODE.matcher(defaultCountryCode()).matches(), "defaultCountryCode",
        "must be 1-3 digits without a leading zero or plus", defaultCountryCode());
  }

  /** The canonical form of an email address. */
  public String email(String raw) {
    Require.text(raw, "email");
    String email = nfkc(raw).trim().toLowerCase(Locale.ROOT);
    int at = email.indexOf('@');
    Require.that(at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1
        && !WHITESPACE.matcher(email).find(), "email",
        "must be one local part and one domain joined by a single @, without spaces", raw);
    return email;
  }

  /** The canonical E.164-like form of a phone number: {@code +8613800138000}. */
  public String phone(String raw) {
    Require.text(raw, "phone");
    String compact = PHONE_PUNCTUATION.matcher(nfkc(raw)).replaceAll("");
    String digits;
    if (compact.startsWith("+")) {
      digits = compact.substring(1);
    } else if (compact.startsWith("00")) {
      digits = compact.substring(2);
    } else if (compact.startsWith("0")) {
      digits = defaultCountryCode() + compact.substring(1);
    } else {
      digits = defaultCountryCode() + compact;
    }
    Require.that(DIGITS.matcher(digits).matches(), "phone",
        "must contain only digits, spaces, ( ) . - / and a leading +", raw);
    Require.that(digits.length() >= 7 && digits.length() <= 15 && digits.charAt(0) != '0', "phone",
        "must have 7 to 15 digits including the country code", raw);
    return "+" + digits;
  }

  /** A name as it should be displayed: compatibility forms folded, whitespace collapsed. */
  public String name(String raw) {
    Require.text(raw, "name");
    String name = WHITESPACE.matcher(nfkc(raw)).replaceAll(" ").trim();
    Require.that(!name.isEmpty(), "name", "must contain more than whitespace", raw);
    return name;
  }

  /** The key two spellings of the same name share; used only for matching, never displayed. */
  public String nameKey(String raw) {
    String folded = java.text.Normalizer.normalize(name(raw).toLowerCase(Locale.ROOT), Form.NFD);
    folded = COMBINING_MARKS.matcher(folded).replaceAll("");
    folded = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ");
    String[] tokens = WHITESPACE.split(folded.trim());
    String joined = String.join("", tokens);
    if (!joined.isEmpty() && joined.codePoints().allMatch(Normalizer::isHan)) {
      return joined;
    }
    return Arrays.stream(tokens).filter(t -> !t.isEmpty()).sorted().collect(Collectors.joining(" "));
  }

  /**
   * The key under which two contact points count as the same: kind plus the normalized email or
   * phone, or the whitespace-collapsed lower-case text for postal addresses and handles.
   *
   * @throws InvalidValueException if an email or phone cannot be normalized
   */
  public String contactKey(ContactPoint point) {
    Require.notNull(point, "contactPoint");
    ContactPointKind kind = point.kind();
    String value = switch (kind) {
      case EMAIL -> email(point.value());
      case PHONE -> phone(point.value());
      default -> name(point.value()).toLowerCase(Locale.ROOT);
    };
    return kind.name() + ":" + value;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static String nfkc(String raw) {
    return java.text.Normalizer.normalize(raw, Form.NFKC);
  }
}
