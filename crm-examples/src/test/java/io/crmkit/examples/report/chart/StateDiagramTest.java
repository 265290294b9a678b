package io.crmkit.examples.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The state diagram on a small complaint-like workflow: layers, arrows, loops and back-edges. */
class StateDiagramTest {
  private static final List<StateNode> STATES = List.of(StateNode.of("RECEIVED", "Received"),
      StateNode.of("INVESTIGATING", "Investigating"), StateNode.of("VALID", "Valid"),
      StateNode.of("NOT_VALID", "Not valid <&>"), StateNode.terminal("CLOSED", "Closed"),
      StateNode.of("SHELVED", "Shelved"));
  private static final List<StateTransition> STEPS = List.of(
      new StateTransition("RECEIVED", "INVESTIGATING", "Start"),
      new StateTransition("INVESTIGATING", "INVESTIGATING", "Record facts"),
      new StateTransition("INVESTIGATING", "VALID", "Judge valid"),
      new StateTransition("INVESTIGATING", "NOT_VALID", "Judge not valid"),
      new StateTransition("NOT_VALID", "INVESTIGATING", "New facts"),
      new StateTransition("VALID", "CLOSED", "Close"),
      new StateTransition("NOT_VALID", "CLOSED", "Explain and close"),
      new StateTransition("NOT_VALID", "CLOSED", "Close"),
      new StateTransition("CLOSED", "INVESTIGATING", "Reopen"));

  private static Document draw() {
    return Xml.parse(StateDiagram.of(ChartText.of("Complaints", "5 states"), "RECEIVED", STATES, STEPS)
        .withNote("In every active state: shelve").toSvg());
  }

  private static Map<String, Double> stateTops(Document svg) {
    NodeList states = Xml.nodes(svg, "//rect[contains(concat(' ', @class, ' '), ' state ')]");
    Map<String, Double> top = new HashMap<>();
    for (int i = 0; i < states.getLength(); i++) {
      Element rect = (Element) states.item(i);
      top.put(rect.getTextContent(), Double.parseDouble(rect.getAttribute("y")));
    }
    return top;
  }

  @Test
  void everyStateIsDrawnOnceAndStepsBetweenTheSameStatesShareOneArrow() {
    Document svg = draw();
    assertThat(Xml.countClass(svg, "state")).isEqualTo(STATES.size());
    // 9 steps, two of them NOT_VALID -> CLOSED: 8 arrows
    assertThat(Xml.countClass(svg, "edge") - 1).as("arrows besides the initial one").isEqualTo(8);
    assertThat(Xml.texts(svg)).contains("Explain and close / Close", "Not valid <&>",
        "In every active state: shelve");
  }

  @Test
  void stepsBackToAnEarlierStateAreDrawnAsBackEdgesAndStepsThatStayAsLoops() {
    Document svg = draw();
    assertThat(Xml.nodes(svg, "//path[@class='mark edge back']").getLength()).as("New facts, Reopen").isEqualTo(2);
    assertThat(Xml.countClass(svg, "loop")).as("Record facts").isEqualTo(1);
  }

  @Test
  void aStateIsDrawnBelowEveryStateThatLeadsToIt() {
    Map<String, Double> top = stateTops(draw());
    assertThat(top.get("Received")).isLessThan(top.get("Investigating"));
    assertThat(top.get("Investigating")).isLessThan(top.get("Valid"));
    assertThat(top.get("Valid")).isEqualTo(top.get("Not valid <&>"));
    assertThat(top.get("Closed")).isGreaterThan(top.get("Valid"));
    assertThat(top.get("Shelved")).as("unreachable: the last layer").isGreaterThan(top.get("Closed"));
  }

  @Test
  void theStartStateIsMarkedAndTerminalStatesHaveADoubleBorder() {
    Document svg = draw();
    assertThat(Xml.countClass(svg, "initial")).isEqualTo(1);
    assertThat(Xml.countClass(svg, "start")).isEqualTo(1);
    assertThat(Xml.countClass(svg, "state-outline")).isEqualTo(1);
  }

  @Test
  void edgeLabelsDoNotOverlapEachOther() {
    NodeList bgs = Xml.nodes(draw(), "//rect[@class='label-bg']");
    for (int i = 0; i < bgs.getLength(); i++) {
      for (int j = i + 1; j < bgs.getLength(); j++) {
        double[] a = box((Element) bgs.item(i));
        double[] b = box((Element) bgs.item(j));
        boolean overlap = a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
        assertThat(overlap).as("labels %s and %s overlap", i, j).isFalse();
      }
    }
  }

  @Test
  void aSingleStateWithoutStepsIsDrawn() {
    Document svg = Xml.parse(StateDiagram.of(ChartText.of("One", ""), "A", List.of(StateNode.of("A", "Alone")),
        List.of()).toSvg());
    assertThat(Xml.countClass(svg, "state")).isEqualTo(1);
  }

  @Test
  void aStepToAnUnknownStateIsRejectedNamingIt() {
    assertThatThrownBy(() -> StateDiagram.of(ChartText.of("t", ""), "RECEIVED", STATES,
        List.of(new StateTransition("RECEIVED", "LOST", "Go")))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("stateDiagram.transitions.to").hasMessageContaining("LOST");
  }

  @Test
  void theStartMustBeOneOfTheStates() {
    assertThatThrownBy(() -> StateDiagram.of(ChartText.of("t", ""), "NOWHERE", STATES, STEPS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("stateDiagram.start");
  }

  private static double[] box(Element rect) {
    double x = Double.parseDouble(rect.getAttribute("x"));
    double y = Double.parseDouble(rect.getAttribute("y"));
    return new double[] {x, y, x + Double.parseDouble(rect.getAttribute("width")),
        y + Double.parseDouble(rect.getAttribute("height"))};
  }
}
