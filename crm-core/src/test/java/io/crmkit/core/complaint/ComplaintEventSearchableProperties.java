package io.crmkit.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.codec.Json;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A complaint event's searchable projection is the full JSON form less its personal text, amounts and
 * labels on people: every field it has, the full form has with the same value.
 */
class ComplaintEventSearchableProperties {
  /** What the full form holds and the projection must not: personal text, an amount, a label on a person. */
  private static final Set<String> LEFT_OUT = Set.of("note", "whatHappened", "remedyRequested", "concessionCost",
      "difficultType");

  @Test
  void theProjectionIsTheFullFormLessPersonalTextAmountsAndLabels() {
    qt().withExamples(500).forAll(ComplaintEventCodecProperties.events()).checkAssert(e -> {
      Map<String, Object> full = object(Json.parse(ComplaintEventJson.encode(e), "complaintEvent"));
      Map<String, Object> projection = object(Json.parse(ComplaintEventJson.searchable(e), "complaintEvent"));
      Map<String, Object> fullAction = object(full.get("action"));
      Map<String, Object> action = object(projection.get("action"));
      for (Map.Entry<String, Object> field : projection.entrySet()) {
        if (!field.getKey().equals("action")) {
          assertThat(full.get(field.getKey())).as("%s", field.getKey()).isEqualTo(field.getValue());
        }
      }
      assertThat(projection.keySet()).doesNotContainAnyElementsOf(LEFT_OUT).contains("step", "at", "toState");
      assertThat(action.keySet()).doesNotContainAnyElementsOf(LEFT_OUT);
      action.forEach((name, value) -> assertThat(fullAction.get(name)).as("action.%s", name).isEqualTo(value));
      // Everything else of the action is there: only the left-out names are missing.
      assertThat(fullAction.keySet().stream().filter(k -> !action.containsKey(k))).allMatch(LEFT_OUT::contains);
      assertThat(ComplaintEventJson.searchable(e)).doesNotContain(e.note());
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object tree) {
    return (Map<String, Object>) tree;
  }
}
