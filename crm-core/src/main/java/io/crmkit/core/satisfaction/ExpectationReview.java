package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Finds the expectation problems of a customer against the capability catalogue, before the service
 * is delivered: managing expectations ahead is what keeps perception above them.
 *
 * <ul>
 *   <li>TOO_HIGH: a level beyond the deliverable one. Severity by how far beyond: more than 50%
 *       HIGH, more than 20% MEDIUM, else LOW.
 *   <li>MISTAKEN: a feature we do not offer, or something the catalogue does not know. MEDIUM.
 *   <li>UNREASONABLE: compensation for a loss the customer caused. MEDIUM.
 * </ul>
 * An expectation we set ourselves ({@link ExpectationSource#COMPANY_PROMISES}) is one severity level
 * higher: breaking it breaks our own word.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ExpectationReview {
  @Value.Parameter
  public abstract CapabilityCatalogue catalogue();

  public static ExpectationReview against(CapabilityCatalogue catalogue) {
    return ImmutableExpectationReview.of(catalogue);
  }

  /** The problems among a customer's expectations and claims, most pressing first. */
  public List<ExpectationProblem> review(List<Expectation> expectations, List<CompensationClaim> claims,
      CustomerMaturity maturity) {
    Require.notNull(expectations, "expectations");
    Require.notNull(claims, "claims");
    Require.notNull(maturity, "maturity");
    List<ExpectationProblem> problems = new ArrayList<>();
    for (Expectation e : expectations) {
      problemWith(e, maturity).ifPresent(problems::add);
    }
    for (CompensationClaim claim : claims) {
      if (judge(claim) == ClaimVerdict.DECLINE_UNREASONABLE) {
        problems.add(ImmutableExpectationProblem.builder().type(ExpectationProblemType.UNREASONABLE)
            .subject("compensation").statement(claim.description() + " (" + claim.amount() + ")")
            .source(ExpectationSource.PERSONAL_NEEDS).severity(ExpectationProblemSeverity.MEDIUM).likelihood(Likelihood.CERTAIN)
            .maturity(maturity).reason("the facts show the customer caused the loss").build());
      }
    }
    problems.sort(Comparator.comparingInt(ExpectationProblem::priority).reversed()
        .thenComparing(ExpectationProblem::subject));
    return List.copyOf(problems);
  }

  /**
   * The verdict on one compensation claim: compensate a loss we caused, decline a loss the customer
   * caused (the unreasonable expectation, also listed by {@link #review}), and judge nothing before
   * the cause is established.
   */
  public ClaimVerdict judge(CompensationClaim claim) {
    Require.notNull(claim, "claim");
    return ClaimVerdict.of(claim.lossCause());
  }

  /** The problem with one expectation, or empty when we can meet it. */
  public Optional<ExpectationProblem> problemWith(Expectation e, CustomerMaturity maturity) {
    Require.notNull(e, "expectation");
    Optional<Capability> found = catalogue().find(e.subject());
    ImmutableExpectationProblem.Builder problem = ImmutableExpectationProblem.builder().subject(e.subject())
        .statement(e.statement()).source(e.source()).likelihood(e.likelihood()).maturity(maturity);
    if (found.isEmpty()) {
      return Optional.of(problem.type(ExpectationProblemType.MISTAKEN).severity(raised(ExpectationProblemSeverity.MEDIUM, e))
          .reason("we offer nothing called '" + e.subject() + "'").build());
    }
    Capability capability = found.get();
    if (!capability.isLevel()) {
      return capability.offered() ? Optional.empty()
          : Optional.of(problem.type(ExpectationProblemType.MISTAKEN).severity(raised(ExpectationProblemSeverity.MEDIUM, e))
              .reason("we do not offer " + capability.description()).build());
    }
    Require.that(e.expectedLevel().isPresent(), "expectation.expectedLevel",
        "must be given for the level capability '" + capability.key() + "'", "empty");
    BigDecimal level = e.expectedLevel().get();
    if (capability.canDeliver(level)) {
      return Optional.empty();
    }
    BigDecimal excess = capability.excessOf(level);
    ExpectationProblemSeverity severity = excess.compareTo(new BigDecimal("0.5")) > 0 ? ExpectationProblemSeverity.HIGH
        : excess.compareTo(new BigDecimal("0.2")) > 0 ? ExpectationProblemSeverity.MEDIUM : ExpectationProblemSeverity.LOW;
    return Optional.of(problem.type(ExpectationProblemType.TOO_HIGH).severity(raised(severity, e))
        .reason("expects " + level.toPlainString() + " " + capability.unit().orElseThrow() + ", we deliver "
            + capability.deliverableLevel().orElseThrow().toPlainString() + " " + capability.unit().orElseThrow())
        .build());
  }

  private static ExpectationProblemSeverity raised(ExpectationProblemSeverity severity, Expectation e) {
    if (e.source() != ExpectationSource.COMPANY_PROMISES || severity == ExpectationProblemSeverity.HIGH) {
      return severity;
    }
    return ExpectationProblemSeverity.values()[severity.ordinal() + 1];
  }
}
