package io.crmkit.core.customer.profile;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.classification.Demand;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The judgement that a customer will never need what we sell, with who made it, when, and why: what
 * makes a customer {@link Demand#DEAD} (死亡客户). It is a decision, not an absence of data: the
 * reason says what was learnt ("closed the factory the machines were for"). A need recorded on or
 * after the judgement's date outdates it, and the classifier says so.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class NoNeedJudgement {
  /** Why the customer will not need us: what was learnt, in staff's words. */
  public abstract String reason();

  public abstract EmployeeId judgedBy();

  public abstract LocalDate judgedOn();

  /** The judgement of {@code judgedBy} on {@code judgedOn}, for {@code reason}. */
  public static NoNeedJudgement of(String reason, EmployeeId judgedBy, LocalDate judgedOn) {
    Require.notNull(judgedBy, "noNeedJudgement.judgedBy");
    Require.notNull(judgedOn, "noNeedJudgement.judgedOn");
    return ImmutableNoNeedJudgement.builder().reason(Require.text(reason, "noNeedJudgement.reason"))
        .judgedBy(judgedBy).judgedOn(judgedOn).build();
  }

  @Value.Check
  protected void check() {
    Require.text(reason(), "noNeedJudgement.reason");
  }
}
