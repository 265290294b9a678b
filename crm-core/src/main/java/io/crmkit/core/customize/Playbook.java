package io.crmkit.core.customize;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A treatment playbook (Customize, IDIC step 4): rules as data, read from a small text format, that
 * recommend next actions for a customer from their situation. Rules whose conditions all hold fire;
 * within a group only the highest priority fires (ties by name) and the overriding is reported; every
 * recommendation names its rule and the facts it rests on. {@link #defaults()} holds the rules of CRM
 * practice ({@code default-playbook.rules} beside this class); hosts add or replace rules by name.
 *
 * <p>The format: blocks of lines, {@code #} comments.
 * <pre>
 * rule key-service-meetings
 *   priority 50
 *   when tier in KEY
 *   when open-complaints &gt;= 1
 *   group service-level
 *   then hold regular service meetings with a senior manager
 * </pre>
 * Facts: tier, cooperation, style, difficult ({@code in} a comma list), gap and churn ({@code any}
 * or {@code in} names), open-complaints ({@code >=} a count).
 *
 * <p>Immutable and thread-safe.
 */
public final class Playbook {
  private final Map<String, PlaybookRule> rules;

  private Playbook(Map<String, PlaybookRule> rules) {
    this.rules = rules;
  }

  /** A playbook of exactly these rules; names must be unique. */
  public static Playbook of(List<PlaybookRule> rules) {
    Require.notNull(rules, "rules");
    Map<String, PlaybookRule> byName = new LinkedHashMap<>();
    for (PlaybookRule r : rules) {
      Require.that(byName.put(r.name(), r) == null, "rules", "must not name a rule twice", r.name());
    }
    return new Playbook(byName);
  }

  /** The rules of CRM practice. */
  public static Playbook defaults() {
    try (InputStream in = Playbook.class.getResourceAsStream("default-playbook.rules")) {
      if (in == null) {
        throw new IllegalStateException("default-playbook.rules is missing from crm-core");
      }
      return of(parse(new InputStreamReader(in, StandardCharsets.UTF_8), "default-playbook.rules"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This playbook with {@code extra} added; a rule with the name of an existing one replaces it. */
  public Playbook with(List<PlaybookRule> extra) {
    Require.notNull(extra, "extra");
    Map<String, PlaybookRule> merged = new LinkedHashMap<>(rules);
    extra.forEach(r -> merged.put(r.name(), r));
    return new Playbook(merged);
  }

  public List<PlaybookRule> rules() {
    return List.copyOf(rules.values());
  }

  /** The treatment plan for {@code situation}. */
  public TreatmentPlan recommend(CustomerSituation situation) {
    Require.notNull(situation, "situation");
    List<PlaybookRule> firing = rules.values().stream().filter(r -> r.applies(situation))
        .sorted(Comparator.comparingInt(PlaybookRule::priority).reversed().thenComparing(PlaybookRule::name))
        .collect(Collectors.toList());
    Map<String, PlaybookRule> winners = new LinkedHashMap<>();
    List<String> resolutions = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    for (PlaybookRule r : firing) {
      if (r.group().isPresent()) {
        PlaybookRule winner = winners.putIfAbsent(r.group().get(), r);
        if (winner != null) {
          resolutions.add("rule " + winner.name() + " (priority " + winner.priority() + ") overrides " + r.name()
              + " (priority " + r.priority() + ") in group " + r.group().get());
          continue;
        }
      }
      List<String> because = r.conditions().stream().flatMap(c -> c.cited(situation).stream()).distinct()
          .collect(Collectors.toList());
      recommendations.add(ImmutableRecommendation.builder().action(r.action()).rule(r.name()).priority(r.priority())
          .because(because).build());
    }
    return ImmutableTreatmentPlan.builder().customer(situation.customer()).recommendations(recommendations)
        .resolutions(resolutions).build();
  }

  /**
   * Reads rules in the format above.
   *
   * @throws InvalidValueException naming the source, the line and what is wrong
   */
  public static List<PlaybookRule> parse(Reader in, String source) {
    Require.notNull(in, "in");
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
    } catch (IllegalStateException e) {
      throw new InvalidValueException(where, "must complete the rule before it (priority, when, then)", e.getMessage());
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

  private static Condition condition(String text, String where) {
    String[] parts = text.split("\\s+", 3);
    Optional<Condition.Fact> fact = Arrays.stream(Condition.Fact.values())
        .filter(f -> f.ruleName().equals(parts[0])).findFirst();
    if (fact.isEmpty() || parts.length < 2) {
      throw new InvalidValueException(where, "must name a fact (tier, cooperation, style, difficult, gap, "
          + "open-complaints, churn) and a test", "'" + text + "'");
    }
    Condition.Fact f = fact.get();
    String op = parts[1];
    if (f == Condition.Fact.OPEN_COMPLAINTS && op.equals(">=") && parts.length == 3) {
      return Condition.atLeast(f, parseInt(parts[2], where));
    }
    if ((f == Condition.Fact.GAP || f == Condition.Fact.CHURN) && op.equals("any") && parts.length == 2) {
      return ImmutableCondition.of(f, Set.of(), 0);
    }
    if (op.equals("in") && parts.length == 3) {
      String[] values = parts[2].split("\\s*,\\s*");
      boolean upper = f != Condition.Fact.GAP && f != Condition.Fact.CHURN;
      return Condition.in(f, Arrays.stream(values).map(v -> upper ? v.toUpperCase(Locale.ROOT) : v)
          .toArray(String[]::new));
    }
    throw new InvalidValueException(where, "must test " + f.ruleName() + " with "
        + (f == Condition.Fact.OPEN_COMPLAINTS ? ">= N" : "in A,B" + (f == Condition.Fact.GAP
            || f == Condition.Fact.CHURN ? " or any" : "")), "'" + text + "'");
  }
}
