package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.churn.ChurnRule;
import io.crmkit.scoring.churn.ChurnRules;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pareto.ParetoSplit;
import io.crmkit.scoring.pyramid.CustomerPyramid;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmScores;
import io.crmkit.scoring.summary.CustomerSummaries;
import io.crmkit.scoring.transactions.TransactionLog;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The check every equivalence test makes: Spark's scores of a base equal crm-scoring's scores of the
 * same base on one machine, exactly for counts, money, classes and shares, within 1e-9 relative for
 * the Gini coefficient (a sum of doubles added in another order); the overdue churn signal as
 * crm-scoring's rule gives it on crm-core's customers.
 */
final class SingleMachine {
  private SingleMachine() {}

  static void assertSameScores(ScoredBase spark, TransactionLog log, LocalDate asOf, ScoringOptions options) {
    CustomerSummaries summaries = CustomerSummaries.of(log);
    ParetoAnalysis pareto = ParetoAnalysis.of(summaries);
    CustomerPyramid pyramid = CustomerPyramid.of(summaries, options.pyramid());
    RfmAnalysis rfm = RfmAnalysis.of(log, summaries, asOf, options.segments(), options.frequency());
    BaseFigures figures = spark.figures();

    ParetoSplit expected = pareto.figures().split();
    assertThat(figures.split().customers()).isEqualTo(expected.customers()).isEqualTo(log.customers());
    assertThat(figures.split().totalMinor()).isEqualTo(expected.totalMinor()).isEqualTo(log.totalMinor());
    assertThat(figures.split().topFifthValueShare()).isEqualTo(expected.topFifthValueShare());
    assertThat(figures.split().customerShareForFourFifths()).isEqualTo(expected.customerShareForFourFifths());
    assertThat(relativeGap(figures.split().gini(), expected.gini())).isLessThanOrEqualTo(1e-9);
    assertThat(figures.lorenz()).isEqualTo(pareto.lorenz(options.lorenzPoints()));
    assertThat(figures.abcCounts()).isEqualTo(pareto.classCounts(options.abc()));
    assertThat(figures.pyramidCounts()).isEqualTo(pyramid.counts());
    assertThat(figures.segmentSizes()).containsExactlyEntriesOf(rfm.segmentSizes());

    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < summaries.customers(); c++) {
      index.put(summaries.customerId(c), c);
    }
    Dataset<Row> rows = spark.customers();
    List<Row> all = rows.collectAsList(); // a test's small base: never done in the module's code
    assertThat(all).hasSize(summaries.customers());
    List<List<LocalDate>> days = new java.util.ArrayList<>();
    for (int c = 0; c < summaries.customers(); c++) {
      days.add(new java.util.ArrayList<>());
    }
    for (int row = 0; row < log.size(); row++) {
      days.get(log.customerAt(row)).add(LocalDate.ofEpochDay(log.dayAt(row)));
    }
    ChurnRule overdue = ChurnRules.overdue(options.overdueFactor());
    long flagged = 0;
    Map<String, RfmScores> scores = new HashMap<>();
    rfm.scores().forEach(s -> scores.put(s.customerId(), s));
    for (Row row : all) {
      String id = row.getAs(SparkTransactions.CUSTOMER_ID);
      int c = index.get(id);
      RfmScores s = scores.get(id);
      assertThat((long) row.getAs(SparkValueScoring.PURCHASES)).as(id).isEqualTo(summaries.purchases(c));
      assertThat((long) row.getAs(SparkValueScoring.PURCHASE_DAYS)).as(id).isEqualTo(s.distinctDays());
      assertThat((long) row.getAs(SparkValueScoring.TOTAL_MINOR)).as(id).isEqualTo(summaries.totalMinor(c));
      assertThat((int) row.getAs(SparkValueScoring.FIRST_DAY)).as(id).isEqualTo(summaries.firstDay(c));
      assertThat((int) row.getAs(SparkValueScoring.LAST_DAY)).as(id).isEqualTo(summaries.lastDay(c));
      assertThat((int) row.getAs(SparkValueScoring.RECENCY_DAYS)).as(id).isEqualTo(s.recencyDays());
      assertThat(new int[] {row.getAs(SparkValueScoring.R), row.getAs(SparkValueScoring.F),
          row.getAs(SparkValueScoring.M)}).as(id).containsExactly(s.r(), s.f(), s.m());
      assertThat((String) row.getAs(SparkValueScoring.SEGMENT)).as(id).isEqualTo(s.segment());
      assertThat((String) row.getAs(SparkValueScoring.ABC)).as(id).isEqualTo(pareto.classOf(c, options.abc()).name());
      assertThat((String) row.getAs(SparkValueScoring.TIER)).as(id).isEqualTo(pyramid.tierOf(c).name());
      boolean isOverdue = row.getAs(SparkValueScoring.OVERDUE);
      flagged += isOverdue ? 1 : 0;
      if (days.get(c).size() <= 60) { // the rule on crm-core's Customer, whose orders are copied one by one
        assertThat(isOverdue).as(id).isEqualTo(!overdue.check(customer(id, days.get(c)), asOf).isEmpty());
      }
    }
    assertThat(figures.overdue()).isEqualTo(flagged);
  }

  /** The customer as crm-core knows it: one order a row (the overdue rule reads only the days). */
  private static Customer customer(String id, List<LocalDate> days) {
    List<Order> orders = new java.util.ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      orders.add(Order.builder().orderId("o-" + i).orderDate(days.get(i)).product(PRODUCT)
          .unitPrice(Money.of("1.00", "USD")).quantity(1).build());
    }
    return ImmutableCustomer.builder().from(Customer.person(CustomerId.of(id), "Customer")).addAllOrders(orders)
        .build();
  }

  private static final Product PRODUCT = Product.of("CD", "CD-1");

  static double relativeGap(double a, double b) {
    return a == b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }
}
