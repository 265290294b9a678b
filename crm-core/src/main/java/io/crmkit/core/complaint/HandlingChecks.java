package io.crmkit.core.complaint;

import io.crmkit.core.text.Explanation;
import java.util.Locale;
import io.crmkit.core.complaint.ComplaintAction.RecordRemark;
import io.crmkit.core.rule.NamedRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of the handling review, one per classic mistake of complaint handling (textbook 001's
 * list and the "I don't know" of 003); {@link #allCurrentChecks} lists those in force.
 *
 * <ul>
 *   <li>{@code facts-before-blame}: fault admitted or a formal apology made before the complaint was
 *       judged valid (also prevented by the guards {@code no-admission-before-facts} and
 *       {@code no-apology-before-facts}; the check catches histories recorded elsewhere).
 *   <li>{@code apologise-once}: more than one formal apology.
 *   <li>{@code no-criticising-colleagues}: a colleague criticised in front of the customer.
 *   <li>{@code no-arguing-admit-fault}: an argument with the customer, or a remedy offered for a
 *       complaint judged valid with a company cause while the fault was never admitted.
 *   <li>{@code respect-the-customer}: the customer lectured, mocked or doubted.
 *   <li>{@code no-flat-refusal}: a refusal without reason, or holding the principle against the
 *       customer's demand before any facts were recorded.
 *   <li>{@code no-blaming-the-customer}: the customer reproached.
 *   <li>{@code questions-serve-the-facts}: pointless questions.
 *   <li>{@code keep-every-promise}: closed with a promise not kept (also prevented by the guard
 *       {@code promises-kept-before-close}).
 *   <li>{@code no-i-dont-know}: "I don't know" given as an answer.
 * </ul>
 */
public final class HandlingChecks {
  public static final HandlingCheck FACTS_BEFORE_BLAME = new FactsBeforeBlame();
  public static final HandlingCheck APOLOGISE_ONCE = new ApologiseOnce();
  public static final HandlingCheck NO_CRITICISING_COLLEAGUES = new SaidCheck("no-criticising-colleagues",
      HandlingMistake.COLLEAGUE_CRITICISED, EnumSet.of(Remark.CRITICISE_COLLEAGUE),
      FindingReason.COLLEAGUE_CRITICISED);
  public static final HandlingCheck NO_ARGUING_ADMIT_FAULT = new NoArguingAdmitFault();
  public static final HandlingCheck RESPECT_THE_CUSTOMER = new SaidCheck("respect-the-customer",
      HandlingMistake.CUSTOMER_LECTURED_MOCKED_OR_DOUBTED, EnumSet.of(Remark.LECTURE, Remark.MOCK, Remark.DOUBT),
      FindingReason.LECTURED_MOCKED_OR_DOUBTED);
  public static final HandlingCheck NO_FLAT_REFUSAL = new NoFlatRefusal();
  public static final HandlingCheck NO_BLAMING_THE_CUSTOMER = new SaidCheck("no-blaming-the-customer",
      HandlingMistake.CUSTOMER_BLAMED, EnumSet.of(Remark.BLAME_CUSTOMER),
      FindingReason.CUSTOMER_BLAMED);
  public static final HandlingCheck QUESTIONS_SERVE_THE_FACTS = new SaidCheck("questions-serve-the-facts",
      HandlingMistake.POINTLESS_QUESTIONS, EnumSet.of(Remark.ASK_POINTLESS_QUESTION),
      FindingReason.POINTLESS_QUESTIONS);
  public static final HandlingCheck KEEP_EVERY_PROMISE = new KeepEveryPromise();
  public static final HandlingCheck NO_I_DONT_KNOW = new SaidCheck("no-i-dont-know",
      HandlingMistake.PLEADED_IGNORANCE, EnumSet.of(Remark.PLEAD_IGNORANCE),
      FindingReason.PLEADED_IGNORANCE);

  private HandlingChecks() {}

  /** Every check of the review, in the order of the material's list. */
  public static List<HandlingCheck> allCurrentChecks() {
    return List.of(FACTS_BEFORE_BLAME, APOLOGISE_ONCE, NO_CRITICISING_COLLEAGUES, NO_ARGUING_ADMIT_FAULT,
        RESPECT_THE_CUSTOMER, NO_FLAT_REFUSAL, NO_BLAMING_THE_CUSTOMER, QUESTIONS_SERVE_THE_FACTS,
        KEEP_EVERY_PROMISE, NO_I_DONT_KNOW);
  }

  private static boolean said(ComplaintEvent e, Remark remark) {
    return e.action() instanceof RecordRemark r && r.remark() == remark;
  }

  /** The base of every built-in check: its name, its mistake and the finding it builds. */
  private abstract static class Check extends NamedRule implements HandlingCheck {
    private final HandlingMistake mistake;

    Check(String name, HandlingMistake mistake) {
      super(name);
      this.mistake = mistake;
    }

    @Override
    public HandlingMistake mistake() {
      return mistake;
    }

    Optional<HandlingFinding> found(List<Integer> events, Explanation explanation) {
      if (events.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new HandlingFinding(name(), mistake, events, explanation.render(Locale.ENGLISH), explanation));
    }
  }

  /** A mistake that lies in what was said: any remark of the given kinds. */
  private static final class SaidCheck extends Check {
    private final Set<Remark> remarks;
    private final FindingReason explanation;

    SaidCheck(String name, HandlingMistake mistake, Set<Remark> remarks, FindingReason explanation) {
      super(name, mistake);
      this.remarks = Set.copyOf(remarks);
      this.explanation = explanation;
    }

    @Override
    public Optional<HandlingFinding> review(Complaint complaint) {
      List<Integer> events = new ArrayList<>();
      for (ComplaintEvent e : complaint.history()) {
        if (e.action() instanceof RecordRemark r && remarks.contains(r.remark())) {
          events.add(e.sequence());
        }
      }
      return found(events, Explanation.of(explanation));
    }
  }

  private static final class FactsBeforeBlame extends Check {
    FactsBeforeBlame() {
      super("facts-before-blame", HandlingMistake.BLAME_TAKEN_BEFORE_FACTS);
    }

    @Override
    public Optional<HandlingFinding> review(Complaint complaint) {
      List<Integer> events = new ArrayList<>();
      boolean valid = false;
      for (ComplaintEvent e : complaint.history()) {
        switch (e.step()) {
          case JUDGE_VALID -> valid = true;
          case JUDGE_NOT_VALID, NEW_FACTS, REOPEN -> valid = false;
          default -> { }
        }
        if (!valid && (e.step() == ComplaintStep.ADMIT_FAULT || said(e, Remark.APOLOGISE))) {
          events.add(e.sequence());
        }
      }
      return found(events, Explanation.of(FindingReason.BLAME_BEFORE_FACTS));
    }
  }

  private static final class ApologiseOnce extends Check {
    ApologiseOnce() {
      super("apologise-once", HandlingMistake.ENDLESS_APOLOGY);
    }

    @Override
    public Optional<HandlingFinding> review(Complaint complaint) {
      List<Integer> apologies = new ArrayList<>();
      for (ComplaintEvent e : complaint.history()) {
        if (said(e, Remark.APOLOGISE)) {
          apologies.add(e.sequence());
        }
      }
      return found(apologies.size() > 1 ? apologies : List.of(),
          Explanation.of(FindingReason.APOLOGIES, apologies.size()));
    }
  }

  private static final class NoArguingAdmitFault extends Check {
    NoArguingAdmitFault() {
      super("no-arguing-admit-fault", HandlingMistake.ARGUED_OR_DENIED_FAULT);
    }

    @Override
    public Optional<HandlingFinding> review(Complaint complaint) {
      List<Integer> events = new ArrayList<>();
      boolean faultFound = false;
      boolean admitted = false;
      for (ComplaintEvent e : complaint.history()) {
        if (said(e, Remark.ARGUE)) {
          events.add(e.sequence());
        }
        if (e.action() instanceof ComplaintAction.JudgeValid valid) {
          faultFound = valid.cause().isCompanyCause();
          admitted = false;
        } else if (e.step() == ComplaintStep.ADMIT_FAULT || said(e, Remark.APOLOGISE)) {
          admitted = true;
        } else if ((e.step() == ComplaintStep.PROPOSE_REMEDY || e.step() == ComplaintStep.COMPROMISE)
            && faultFound && !admitted) {
          events.add(e.sequence());
        }
      }
      return found(events, Explanation.of(FindingReason.ARGUED_OR_DENIED));
    }
  }

  private static final class NoFlatRefusal extends Check {
    NoFlatRefusal() {
      super("no-flat-refusal", HandlingMistake.FLAT_REFUSAL);
    }

    @Override
    public Optional<HandlingFinding> review(Complaint complaint) {
      List<Integer> events = new ArrayList<>();
      boolean facts = false;
      for (ComplaintEvent e : complaint.history()) {
        switch (e.step()) {
          case RECORD_FACTS -> facts = true;
          case REOPEN -> facts = false;
          default -> { }
        }
        if (said(e, Remark.REFUSE_FLATLY) || (e.step() == ComplaintStep.HOLD_PRINCIPLE && !facts)) {
          events.add(e.sequence());
        }
      }
      return found(events, Explanation.of(FindingReason.FLAT_REFUSAL));
    }
  }

  private static final class KeepEveryPromise extends Check {
    KeepEveryPromise() {
      super("keep-every-promise", HandlingMistake.WORDS_AND_DEEDS_DIFFER);
    }

    @Override
    public Optional<HandlingFinding> review(Complaint complaint) {
      List<Integer> events = new ArrayList<>();
      int open = 0;
      for (ComplaintEvent e : complaint.history()) {
        if (said(e, Remark.PROMISE)) {
          open++;
        } else if (said(e, Remark.KEEP_PROMISE)) {
          open = Math.max(0, open - 1);
        } else if (e.step() == ComplaintStep.CLOSE && open > 0) {
          events.add(e.sequence());
        }
      }
      return found(events, Explanation.of(FindingReason.PROMISE_UNKEPT));
    }
  }
}
