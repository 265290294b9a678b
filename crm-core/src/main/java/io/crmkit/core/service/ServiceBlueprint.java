package io.crmkit.core.service;

import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A service process drawn as front and back stage (前台/后台), and the two rules of 003's service
 * process management: unify the front stage (统一前台: the fewer teams the customer meets, the easier
 * the quality is to control) and hide the back stage (隐藏后台: the customer never has to deal with
 * the teams behind the front).
 *
 * @param steps the process in order, at least one step
 */
public record ServiceBlueprint(List<ServiceStep> steps) {
  public ServiceBlueprint {
    Require.notNull(steps, "serviceBlueprint.steps");
    Require.that(!steps.isEmpty(), "serviceBlueprint.steps", "must hold at least one step", steps);
    steps = List.copyOf(steps);
  }

  public static ServiceBlueprint of(ServiceStep... steps) {
    return new ServiceBlueprint(List.of(steps));
  }

  /** The steps where the customer meets us. */
  public List<ServiceStep> contactPoints() {
    return steps.stream().filter(s -> s.stage() == ServiceStage.FRONT_STAGE).toList();
  }

  /** The teams the customer has to deal with, front and exposed back stage, in order of appearance. */
  public Set<String> teamsTheCustomerMeets() {
    Set<String> teams = new LinkedHashSet<>();
    steps.stream().filter(ServiceStep::customerDealsWithTeam).forEach(s -> teams.add(s.team()));
    return teams;
  }

  /** What breaks the two rules, one sentence each; empty when the front is one team and the back hidden. */
  public List<String> findings() {
    List<String> findings = new ArrayList<>();
    Set<String> fronts = teamsTheCustomerMeets();
    if (fronts.size() > 1) {
      findings.add("unify the front stage: the customer deals with " + fronts.size() + " teams (" + String.join(", ",
          fronts) + ")");
    }
    for (ServiceStep s : steps) {
      if (s.stage() == ServiceStage.BACK_STAGE && s.customerDealsWithTeam()) {
        findings.add("hide the back stage: in '" + s.name() + "' the customer deals with " + s.team());
      }
    }
    return List.copyOf(findings);
  }
}
