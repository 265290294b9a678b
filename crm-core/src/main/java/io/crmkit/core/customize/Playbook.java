package io.crmkit.core.customize;

import io.crmkit.core.validation.Require;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A treatment playbook (Customize, IDIC step 4): rules as data that recommend next actions for a
 * customer from their situation. Rules whose conditions all hold fire; within a group only the
 * highest priority fires (ties by name) and the overriding is reported; every recommendation names its rule and the facts it rests on. {@link #defaults()} holds the rules of CRM
 * practice ({@code default-playbook.rules} beside this class); hosts add or replace rules by name,
 * built in code or read by {@link PlaybookParser} from the rule-file format.
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
      return of(PlaybookParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "default-playbook.rules"));
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
}
