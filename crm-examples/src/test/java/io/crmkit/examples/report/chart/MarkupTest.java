package io.crmkit.examples.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void theFiveMarkupCharactersBecomeEntities() {
    assertThat(Markup.escape("Tom <& \"Jerry\"> O'Brien")).isEqualTo("Tom &lt;&amp; &quot;Jerry&quot;&gt; O&#39;Brien");
  }

  @Test
  void chineseTextAndCharactersBeyondTheBasicPlaneStayAsTheyAre() {
    assertThat(Markup.escape("客户金字塔 𠀀")).isEqualTo("客户金字塔 𠀀");
  }

  @Test
  void charactersXmlCannotCarryBecomeTheReplacementCharacter() {
    assertThat(Markup.escape("a\u0000b\u001Fc\uD800d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    assertThat(Markup.escape("tab\tand\nnewline")).isEqualTo("tab\tand\nnewline");
  }

  @Test
  void escapedTextParsesBackToTheOriginal() {
    String name = "<script>alert('x') & \"more\"</script>";
    String svg = "<text>" + Markup.escape(name) + "</text>";
    assertThat(Xml.parse(svg).getDocumentElement().getTextContent()).isEqualTo(name);
  }
}
