package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * What a step of the cycle records: each step is its own type carrying only its own data.
 */
public sealed interface MaintenanceAction {

  /** The step this action takes. */
  MaintenanceStep step();

  /**
   * 客户信息整合: the record was reviewed before contact; {@code toComplete} names the facts to complete
   * or re-verify during the visit (找出需要补充的内容并在拜访中完成).
   *
   * @param toComplete the facts to complete during the visit, each once
   */
  record IntegrateInformation(List<FactKey> toComplete) implements MaintenanceAction {
    /** Validates and copies. */
    public IntegrateInformation {
      Require.notNull(toComplete, "integrateInformation.toComplete");
      toComplete = List.copyOf(toComplete);
      Require.distinct(toComplete, "integrateInformation.toComplete");
    }

    @Override
    public MaintenanceStep step() {
      return MaintenanceStep.INTEGRATE_INFORMATION;
    }
  }

  /**
   * 热情接触客户: the contact, recorded as an interaction, made with an agenda.
   *
   * @param interaction the recorded interaction of the contact
   * @param agenda the agenda of the contact
   */
  record ContactWarmly(InteractionId interaction, Agenda agenda) implements MaintenanceAction {
    /** Validates. */
    public ContactWarmly {
      Require.notNull(interaction, "contactWarmly.interaction");
      Require.notNull(agenda, "contactWarmly.agenda");
    }

    @Override
    public MaintenanceStep step() {
      return MaintenanceStep.CONTACT_WARMLY;
    }
  }

  /**
   * 深度理解客户: the concerns heard, at least one.
   *
   * @param concerns business and personal concerns heard
   */
  record UnderstandDeeply(List<Concern> concerns) implements MaintenanceAction {
    /** Validates and copies. */
    public UnderstandDeeply {
      Require.notNull(concerns, "understandDeeply.concerns");
      Require.that(!concerns.isEmpty(), "understandDeeply.concerns", "must hold at least one concern",
          concerns.size());
      concerns = List.copyOf(concerns);
    }

    @Override
    public MaintenanceStep step() {
      return MaintenanceStep.UNDERSTAND_DEEPLY;
    }
  }

  /**
   * 全面帮助客户: help given, at least one piece, each for a concern heard in this round.
   *
   * @param help what was done for which concern
   */
  record HelpComprehensively(List<Help> help) implements MaintenanceAction {
    /** Validates and copies. */
    public HelpComprehensively {
      Require.notNull(help, "helpComprehensively.help");
      Require.that(!help.isEmpty(), "helpComprehensively.help", "must hold at least one piece of help", help.size());
      help = List.copyOf(help);
    }

    @Override
    public MaintenanceStep step() {
      return MaintenanceStep.HELP_COMPREHENSIVELY;
    }
  }

  /**
   * 再次联系客户: the re-contact, recorded as an interaction, with satisfaction checked and the memo
   * written.
   *
   * @param interaction the recorded interaction of the re-contact
   * @param satisfaction the result of the satisfaction check
   * @param memo the memo of the contact
   */
  record Recontact(InteractionId interaction, SatisfactionCheck satisfaction, Memo memo)
      implements MaintenanceAction {
    /** Validates. */
    public Recontact {
      Require.notNull(interaction, "recontact.interaction");
      Require.notNull(satisfaction, "recontact.satisfaction");
      Require.notNull(memo, "recontact.memo");
    }

    @Override
    public MaintenanceStep step() {
      return MaintenanceStep.RECONTACT;
    }
  }
}
