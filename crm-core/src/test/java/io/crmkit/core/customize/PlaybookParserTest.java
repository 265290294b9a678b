package io.crmkit.core.customize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-file format: a bad file is refused line by line, and every rule reads back as it prints. */
class PlaybookParserTest {

  @Test
  void aBadRuleFileNamesTheLineAndTheProblem() {
    assertThatThrownBy(() -> PlaybookParser.parse(new StringReader("rule a\n  priority 5\n  when mood in HAPPY\n"), "bad.rules"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("bad.rules line 3 must name a fact");
    assertThatThrownBy(() -> PlaybookParser.parse(new StringReader("priority 5\n"), "bad.rules"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("bad.rules line 1 must follow a rule line");
    assertThatThrownBy(() -> PlaybookParser.parse(new StringReader("rule a\n  priority 5\n"), "bad.rules"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must complete the rule");
  }

  @Test
  void aTestTheFactDoesNotAllowNamesTheTestsItDoes() {
    assertThatThrownBy(() -> PlaybookParser.parse(new StringReader("rule a\n  when tier any\n"), "bad.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("bad.rules line 2 must test tier with in A,B, was 'tier any'");
    assertThatThrownBy(() -> PlaybookParser.parse(new StringReader("rule a\n  when churn >= 2\n"), "bad.rules"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("bad.rules line 2 must test churn with in A,B or any, was 'churn >= 2'");
  }

  @Test
  void everyDefaultRuleWrittenOutInTheFormatReadsBackEqual() {
    List<PlaybookRule> rules = Playbook.defaults().rules();
    StringBuilder text = new StringBuilder("# the default playbook, written out again\n");
    for (PlaybookRule r : rules) {
      text.append("rule ").append(r.name()).append("\n  priority ").append(r.priority()).append('\n');
      r.conditions().forEach(c -> text.append("  when ").append(c).append('\n'));
      r.group().ifPresent(g -> text.append("  group ").append(g).append('\n'));
      text.append("  then ").append(r.action()).append('\n');
    }
    assertThat(PlaybookParser.parse(new StringReader(text.toString()), "written.rules")).isEqualTo(rules);
  }
}
