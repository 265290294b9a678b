package io.crmkit.core.customize;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the rules of a {@link Playbook} from its small text format: blocks of lines, {@code #}
 * comments.
 * <pre>
 * rule key-service-meetings
 *   priority 50
 *   when tier in KEY
 *   when open-complaints &gt;= 1
 *   group service-level
 *   then hold regular service meetings with a senior manager
 * </pre>
 * A {@code when} line is a {@link Condition} as it prints itself: which facts exist and how each is
 * tested ({@code in} a comma list, {@code any}, {@code >=} a count) is asked of
 * {@link Condition.Fact}, not repeated here. The parser stands beside the model (as joda-money keeps
 * {@code MoneyFormatter} apart from {@code Money}): the playbook knows nothing of the file format.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaybookParser {
  private static final String FACT_NAMES = Arrays.stream(Condition.Fact.values()).map(Condition.Fact::ruleName)
      .collect(Collectors.joining(", "));

  private PlaybookParser() {}

  /**
   * Reads rules in the format above.
   *
   * @param source what to call the input in error messages, e.g. a file name
   * @throws InvalidValueException naming the source, the line and what is wrong
   */
  public static List<PlaybookRule> parse(Reader in, String source) {
    Require.notNull(in, "in");
    Require.text(source, "source");
    List<PlaybookRule> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(in);
    ImmutablePlaybookRule.Builder current = null;
    int lineNumber = 0;
    try {
      String raw;
      while ((raw = reader.readLine()) != null) {
        lineNumber++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String where = source + " line " + lineNumber;
        String[] words = line.split("\\s+", 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (words[0]) {
          case "rule" -> {
            if (current != null) {
              out.add(build(current, where));
            }
            current = PlaybookRule.builder().name(rest);
          }
          case "priority" -> requireRule(current, where).priority(parseInt(rest, where));
          case "when" -> requireRule(current, where).addConditions(condition(rest, where));
          case "group" -> requireRule(current, where).group(rest);
          case "then" -> requireRule(current, where).action(rest);
          default -> throw new InvalidValueException(where, "must start with rule, priority, when, group or then",
              "'" + words[0] + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (current != null) {
      out.add(build(current, source + " at the end"));
    }
    return List.copyOf(out);
  }

  private static PlaybookRule build(ImmutablePlaybookRule.Builder b, String where) {
    try {
      return b.build();
    } catch (InvalidValueException e) {
      if (!e.rule().equals("must be set")) {
        throw e; // a rule of the value itself, already named
      }
      throw new InvalidValueException(where, "must complete the rule before it (priority, when, then)", e.field());
    }
  }

  private static ImmutablePlaybookRule.Builder requireRule(ImmutablePlaybookRule.Builder b, String where) {
    if (b == null) {
      throw new InvalidValueException(where, "must follow a rule line", "no rule yet");
    }
    return b;
  }

  private static int parseInt(String text, String where) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(where, "must give a whole-number priority", "'" + text + "'");
    }
  }

  /** One {@code when} line: a fact, then {@code >= N}, {@code any} or {@code in A,B}, as the fact allows. */
  private static Condition condition(String text, String where) {
    String[] parts = text.split("\\s+", 3);
    Condition.Fact fact = Condition.Fact.ofRuleName(parts[0]).filter(f -> parts.length >= 2).orElseThrow(() ->
        new InvalidValueException(where, "must name a fact (" + FACT_NAMES + ") and a test", "'" + text + "'"));
    String test = parts[1];
    if (fact.isCount() && test.equals(">=") && parts.length == 3) {
      return Condition.atLeast(fact, parseInt(parts[2], where));
    }
    if (fact.acceptsAny() && test.equals("any") && parts.length == 2) {
      return Condition.any(fact);
    }
    if (test.equals("in") && parts.length == 3) {
      return Condition.in(fact, Arrays.stream(parts[2].split("\\s*,\\s*")).map(fact::canonicalValue)
          .toArray(String[]::new));
    }
    throw new InvalidValueException(where, "must test " + fact.ruleName() + " with " + fact.testSyntax(),
        "'" + text + "'");
  }
}
