package io.crmkit.core.service;

import io.crmkit.core.validation.Require;

/**
 * One step of a service process: what happens, on which stage, which team does it and whether the
 * customer has to deal with that team.
 *
 * @param name what happens
 * @param stage front or back stage
 * @param team the team that does it
 * @param customerDealsWithTeam whether the customer talks to this team in this step
 */
public record ServiceStep(String name, ServiceStage stage, String team, boolean customerDealsWithTeam) {
  public ServiceStep {
    Require.text(name, "serviceStep.name");
    Require.notNull(stage, "serviceStep.stage");
    Require.text(team, "serviceStep.team");
  }

  /** A front-stage step: the customer meets {@code team}. */
  public static ServiceStep front(String name, String team) {
    return new ServiceStep(name, ServiceStage.FRONT_STAGE, team, true);
  }

  /** A back-stage step the customer does not see. */
  public static ServiceStep back(String name, String team) {
    return new ServiceStep(name, ServiceStage.BACK_STAGE, team, false);
  }
}
