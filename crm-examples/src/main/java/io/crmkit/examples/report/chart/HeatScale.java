package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * How a heat map colours its cells: by value in {@value HeatMap#CLASSES} classes from light to dark
 * (the RFM grid), or by category, a cell's text naming its category (the T/E/M contact calendar).
 */
public sealed interface HeatScale permits HeatScale.Sequential, HeatScale.Categorical {
  /** What the colour means, with its unit, e.g. "Customers" or "Contact". */
  String label();

  /** Colour by value, light to dark; values are written with {@code format}. */
  static HeatScale sequential(String label, ValueFormat format) {
    return new Sequential(label, format);
  }

  /** Colour by category: each cell's text is the key of one of {@code categories}. */
  static HeatScale categorical(String label, List<HeatCategory> categories) {
    return new Categorical(label, categories);
  }

  /**
   * Colour by value.
   *
   * @param label the legend title
   * @param format how values are written in cells and on the legend
   */
  record Sequential(String label, ValueFormat format) implements HeatScale {
    public Sequential {
      Require.text(label, "heatScale.label");
      Require.notNull(format, "heatScale.format");
    }
  }

  /**
   * Colour by category.
   *
   * @param label the legend title
   * @param categories at most {@value LineChart#MAX_SERIES}, keys distinct
   */
  record Categorical(String label, List<HeatCategory> categories) implements HeatScale {
    public Categorical {
      Require.text(label, "heatScale.label");
      Require.notNull(categories, "heatScale.categories");
      categories.forEach(c -> Require.notNull(c, "heatScale.categories[]"));
      Require.that(!categories.isEmpty() && categories.size() <= LineChart.MAX_SERIES, "heatScale.categories",
          "must hold 1.." + LineChart.MAX_SERIES + " categories", categories.size() + " categories");
      Require.distinct(categories, HeatCategory::key, "heatScale.categories.key");
      categories = List.copyOf(categories);
    }

    /** The position of the category {@code key} (its colour), or -1. */
    int indexOf(String key) {
      for (int i = 0; i < categories.size(); i++) {
        if (categories.get(i).key().equals(key)) {
          return i;
        }
      }
      return -1;
    }
  }
}
