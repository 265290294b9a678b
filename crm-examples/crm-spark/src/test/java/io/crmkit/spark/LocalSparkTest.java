package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class LocalSparkTest {
  @Test
  void theSharedLocalSessionRunsAGroupByOnTwoWorkers() {
    Dataset<Long> numbers = LocalSpark.session().createDataset(List.of(1L, 2L, 3L, 4L, 5L, 6L), Encoders.LONG());
    List<Row> byParity = numbers.groupBy(numbers.col("value").mod(2).as("parity"))
        .agg(org.apache.spark.sql.functions.sum("value").as("sum")).orderBy("parity").collectAsList();
    assertThat(byParity).extracting(r -> r.getLong(1)).containsExactly(12L, 9L);
    assertThat(LocalSpark.session().sparkContext().master()).isEqualTo("local[2]");
  }
}
