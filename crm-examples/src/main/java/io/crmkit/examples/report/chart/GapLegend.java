package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * The legend words of a satisfaction gap chart in the report's language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zone the tolerance zone band, e.g. "Tolerance zone (adequate to desired)"
 * @param below a perception below the adequate level
 * @param within a perception within the zone
 * @param above a perception above the desired level
 */
public record GapLegend(String zone, String below, String within, String above) {
  /** The English legend. */
  public static final GapLegend ENGLISH = new GapLegend("Tolerance zone (adequate to desired)",
      "Perceived: below adequate", "Perceived: within zone", "Perceived: above desired");

  public GapLegend {
    Require.text(zone, "gapLegend.zone");
    Require.text(below, "gapLegend.below");
    Require.text(within, "gapLegend.within");
    Require.text(above, "gapLegend.above");
  }
}
