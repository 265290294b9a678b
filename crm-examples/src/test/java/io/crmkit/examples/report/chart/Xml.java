package io.crmkit.examples.report.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Parses chart and page output with the JDK's XML parser: a parse error means the markup is broken. */
public final class Xml {
  private Xml() {}

  /** The document; throws if {@code markup} is not well-formed XML. */
  public static Document parse(String markup) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The number of elements carrying the CSS class {@code cssClass}. */
  public static int countClass(Document doc, String cssClass) {
    return nodes(doc, "//*[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]").getLength();
  }

  /** The text of every {@code <text>} element, in document order. */
  public static List<String> texts(Document doc) {
    NodeList list = nodes(doc, "//text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      texts.add(list.item(i).getTextContent());
    }
    return texts;
  }

  /** The nodes matching {@code xpath}. */
  public static NodeList nodes(Document doc, String xpath) {
    try {
      return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    } catch (Exception e) {
      throw new AssertionError("bad xpath " + xpath, e);
    }
  }
}
