/**
 * The course report as one self-contained HTML5 page: inline CSS and SVG, no script, nothing from
 * the network, UTF-8, printable on A4 with one lesson per page and readable on a projector.
 *
 * <p>An {@link io.crmkit.examples.report.HtmlReport} holds {@link io.crmkit.examples.report.ReportSection}s
 * (one per lesson: paragraphs, tables, charts, the takeaway and a discussion question); each section
 * also renders alone as an HTML fragment, so a host application can show, say, the customer pyramid
 * on a page of its own. The output is XHTML-compatible, so it parses as XML as well as HTML.
 *
 * <p>IDIC: presentation only; the report shows what the lessons of every stage compute.
 */
package io.crmkit.examples.report;
