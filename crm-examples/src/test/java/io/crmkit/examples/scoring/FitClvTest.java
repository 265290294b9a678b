package io.crmkit.examples.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model mode of the command line fits CDNOW and prints the published parameters as JSON. */
class FitClvTest {

  @Test
  void theModelModePrintsTheFittedParametersAsJsonAndWritesScores(@TempDir Path dir) throws Exception {
    Path sample = dir.resolve("CDNOW_sample.txt");
    try (InputStream in = FitClvTest.class.getResourceAsStream("/io/crmkit/examples/tour/cdnow/CDNOW_sample.txt")) {
      Files.copy(in, sample);
    }
    Path scores = dir.resolve("scores.csv");
    FitClv.Options options = FitClv.parse(new String[] {sample.toString(), "--cdnow-sample", "--calibration-end",
        "1997-09-30", "--holdout-end", "1998-06-30", "--unit", "weeks", "--scores", scores.toString()});
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String json = FitClv.run(options, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(json).startsWith("{\"bgnbd\":{\"r\":0.24259").contains("\"alpha\":4.4136")
        .contains("\"a\":0.7929").contains("\"b\":2.4259").contains("\"logLikelihood\":-9582.4292")
        .contains("\"gammaGamma\":{\"p\":6.2495").contains("\"q\":3.7442").contains("\"v\":15.443")
        .contains("\"converged\":true").contains("\"holdout\":{\"length\":39.000000,\"actual\":1882");
    List<String> lines = Files.readAllLines(scores);
    assertThat(lines).hasSize(2358);
    assertThat(lines.get(0)).isEqualTo("customer_id,frequency,recency,T,p_alive,expected_purchases,"
        + "expected_average_value,clv");
    assertThat(lines.get(1)).startsWith("00004,2,30.4286,38.8571,0.7266");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("2,357 customers");
  }

  @Test
  void theModelModeNeedsACalibrationEnd() {
    assertThatThrownBy(() -> FitClv.parse(new String[] {"orders.csv"}))
        .hasMessageContaining("--calibration-end is required");
    assertThatThrownBy(() -> FitClv.parse(new String[] {"orders.csv", "--calibration-end"}))
        .hasMessageContaining("needs a value");
  }
}
