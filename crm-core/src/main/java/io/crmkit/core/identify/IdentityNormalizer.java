package io.crmkit.core.identify;

import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
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
public abstract class IdentityNormalizer {
  private static final Pattern COUNTRY_CODE = Pattern.compile("[1-9][0-9]{0,2}");

  /** The country calling code assumed for numbers written without one, e.g. {@code "86"}, {@code "49"}. */
  @Value.Parameter
  public abstract String defaultCountryCode();

  /** A normalizer that reads national numbers as belonging to {@code defaultCountryCode}. */
  public static IdentityNormalizer forCountryCode(String defaultCountryCode) {
    Require.notNull(defaultCountryCode, "defaultCountryCode");
    return ImmutableIdentityNormalizer.of(defaultCountryCode);
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
    // Personal data: the rejected address is masked in the message.
    Require.thatConfidential(at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1
        && email.codePoints().noneMatch(IdentityNormalizer::isSeparator), "email",
        "must be one local part and one domain joined by a single @, without spaces");
    return email;
  }

  /** The canonical E.164-like form of a phone number: {@code +8613800138000}. */
  public String phone(String raw) {
    Require.text(raw, "phone");
    String text = nfkc(raw);
    StringBuilder compact = new StringBuilder(text.length());
    boolean onlyDigits = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')' || c == '.' || c == '-' || c == '/' || isSeparator(c)) {
        continue;
      }
      if ((c < '0' || c > '9') && !(c == '+' && compact.length() == 0)) {
        onlyDigits = false;
      }
      compact.append(c);
    }
    Require.thatConfidential(onlyDigits, "phone", "must contain only digits, spaces, ( ) . - / and a leading +");
    String digits;
    if (compact.length() > 0 && compact.charAt(0) == '+') {
      digits = compact.substring(1);
    } else if (compact.length() > 1 && compact.charAt(0) == '0' && compact.charAt(1) == '0') {
      digits = compact.substring(2);
    } else if (compact.length() > 0 && compact.charAt(0) == '0') {
      digits = defaultCountryCode() + compact.substring(1);
    } else {
      digits = defaultCountryCode() + compact;
    }
    Require.thatConfidential(digits.length() >= 7 && digits.length() <= 15 && digits.charAt(0) != '0', "phone",
        "must have 7 to 15 digits including the country code");
    return "+" + digits;
  }

  /** A name as it should be displayed: compatibility forms folded, whitespace collapsed. */
  public String name(String raw) {
    Require.text(raw, "name");
    String name = collapseSeparators(nfkc(raw));
    Require.that(!name.isEmpty(), "name", "must contain more than whitespace", raw);
    return name;
  }

  /** The key two spellings of the same name share; used only for matching, never displayed. */
  public String nameKey(String raw) {
    String lower = name(raw).toLowerCase(Locale.ROOT);
    String folded = isAscii(lower) ? lower : Normalizer.normalize(lower, Form.NFD);
    StringBuilder kept = new StringBuilder(folded.length());
    boolean allHan = true;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        kept.appendCodePoint(cp);
        allHan &= cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      } else {
        kept.append(' ');
      }
    }
    String[] tokens = collapseSeparators(kept.toString()).split(" ");
    if (allHan) {
      return String.join("", tokens);
    }
    if (tokens.length > 1) {
      Arrays.sort(tokens);
    }
    return String.join(" ", tokens);
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

  /** Unicode White_Space or a control character: what separates words in a name. */
  private static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL;
  }

  /** Runs of separators become one space; leading and trailing ones go. */
  private static String collapseSeparators(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSeparator(cp)) {
        pending = out.length() > 0;
      } else {
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** NFKC, skipped for ASCII text, which it leaves unchanged. */
  private static String nfkc(String raw) {
    return isAscii(raw) ? raw : Normalizer.normalize(raw, Form.NFKC);
  }
}
