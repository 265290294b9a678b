/**
 * The course tour: one lesson per CRM concept of the course material (/work/shared/seeds, in
 * Chinese), in IDIC order, each run on data bundled in the jar with a fixed clock, in English or
 * Simplified Chinese. Every lesson is a section of the HTML course report (paragraphs, tables,
 * charts) and the console text is rendered from the same section ({@code PlainText}: plain, at most
 * 100 columns). {@link io.crmkit.examples.tour.CourseTour} is the command line ({@code --list},
 * {@code --lesson NAME}, {@code --lang en|zh-CN}, {@code --out FILE}).
 *
 * <h2>How to write a lesson</h2>
 *
 * <ol>
 *   <li><b>The class.</b> {@code src/main/java/io/crmkit/examples/tour/MyTopicLesson.java}, package-private,
 *       {@code final class MyTopicLesson implements Lesson}:
 *       <ul>
 *         <li>{@code name()} returns the kebab-case name a teacher types after {@code --lesson}, e.g.
 *             {@code "interaction-design"}; it is also the section's anchor in the report.</li>
 *         <li>{@code teach(LessonText text, ReportSection.Builder section)} computes on real data
 *             (the bundled sample base {@code SampleCustomers.load()}, the CDNOW files, your domain's
 *             engine) and adds blocks in reading order: {@code section.paragraph(text.text("key", args))},
 *             {@code section.table(new ReportTable(caption, columns, rows))}, {@code section.chart(...)}
 *             (charts of {@code io.crmkit.examples.report.chart}; each chart's caption is computed from
 *             its data). It must end with {@code section.takeaway(text.text("takeaway", ...))} where the
 *             arguments are computed from the data: never a fixed sentence (the tour refuses a lesson
 *             without a takeaway, and a test of yours should show the takeaway change when the data
 *             changes).</li>
 *         <li>Do not add the title, goal, concept or question yourself: the tour reads them from the
 *             bundle and puts the goal and the seed concept first and the question last.</li>
 *         <li>Use the tour's customers ({@code SampleCustomers}: ids {@code c-001}..{@code c-009}, the
 *             same ids in every lesson; {@code PersonalityLesson.KEY_CUSTOMER} c-005 is the key account
 *             with the complaint) and {@code CourseTour.CLOCK} for "now".</li>
 *       </ul></li>
 *   <li><b>The texts, one bundle per lesson</b> (so parallel work never edits the same file), UTF-8, in
 *       {@code src/main/resources/io/crmkit/examples/tour/}: {@code MyTopicLesson.properties} (English,
 *       the base) and {@code MyTopicLesson_zh_CN.properties} (Simplified Chinese, the seed's own terms).
 *       Required keys: {@code title} (with the IDIC stage), {@code goal} (the learning goal),
 *       {@code concept} (the seed concept and which seed file it comes from), {@code question} (a
 *       discussion question or exercise from the material). Any further keys are yours (table
 *       captions, column headings, the takeaway pattern). Placeholders are {@code {0}}, {@code {1}},
 *       ..., replaced literally: apostrophes and {@code %} need no escaping. Format numbers with
 *       {@code LessonText.count}, {@code percent}, {@code decimal}; show an enum with
 *       {@code text.name(value)} (its display name, below). Both files must have the same keys, the
 *       same placeholders and no blank value: {@code TextBundleParityTest} finds every bundle by
 *       itself and fails otherwise.</li>
 *   <li><b>Display names</b> of the enums the lesson shows: in the enum's own package, {@code
 *       <module>/src/main/resources/<package path>/DisplayNames.properties} and {@code
 *       DisplayNames_zh_CN.properties}, keys {@code EnumSimpleName.CONSTANT} (e.g. {@code
 *       PersonalityStyle.AMIABLE=Amiable} / {@code 随和型}), read by {@code
 *       io.crmkit.core.text.DisplayNames.of(value, locale)}. A package outside crm-core also adds
 *       {@code opens <package> to io.crmkit.core;} to its module-info, so the bundle is found on the
 *       module path.</li>
 *   <li><b>Registration</b>: one line in {@link io.crmkit.examples.tour.CourseTour#lessons()}, at the
 *       lesson's place in IDIC order.</li>
 *   <li><b>Test</b> (e.g. {@code MyTopicLessonTest}): build the section with {@code
 *       CourseTour.section(new MyTopicLesson(...), Locale.ENGLISH)} and assert on its blocks and
 *       takeaway, in both languages; vary the input and assert the takeaway follows.</li>
 * </ol>
 *
 * <p>Texts are loaded without falling back to the JVM's default locale ({@code
 * io.crmkit.core.text.TextBundles}): {@code --lang en} on a Chinese machine gives English.
 */
package io.crmkit.examples.tour;
