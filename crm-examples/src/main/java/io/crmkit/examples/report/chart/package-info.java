/**
 * Charts of the course report as inline SVG, written by crmkit itself (no chart library: JFreeSVG is
 * GPL, XChart's SVG export pulls LGPL code).
 *
 * <p>A chart is an immutable spec ({@link io.crmkit.examples.report.chart.LineChart},
 * {@link io.crmkit.examples.report.chart.BarChart}, {@link io.crmkit.examples.report.chart.HeatMap},
 * {@link io.crmkit.examples.report.chart.GapChart}, {@link io.crmkit.examples.report.chart.StateDiagram})
 * whose {@code toSvg()} writes one self-contained {@code <svg>} element: fixed size with a viewBox,
 * colours by CSS class (a colour-blind-safe palette, dashes as well as colours so a grey print still
 * tells series apart), a title, axis labels with units, a legend where needed and a caption slot for
 * the one-line takeaway the lesson computes from its data. Every text is escaped, so a customer
 * called {@code <Tom & "Jerry">} cannot break the picture; empty data draws a "no data" message.
 *
 * <p>IDIC: none of its own. The charts show what the Identify, Differentiate, Interact and Customize
 * lessons compute (the Lorenz curve and pyramid of Differentiate, the satisfaction gaps and the
 * complaint workflow of Interact), so a class can look at them rather than read numbers.
 */
package io.crmkit.examples.report.chart;
