package io.crmkit.examples.tour;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customize.CustomerSituation;
import io.crmkit.core.customize.Playbook;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.personality.PersonalityStyle;
import io.crmkit.core.personality.StyleAssessment;
import io.crmkit.core.personality.StyleClassifier;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lesson 3, personality styles and Customize: four customers classified from the cues their account
 * manager noted, the guidance for each, a customer the evidence does not yet decide, and the
 * treatment playbook for a key customer with a complaint open.
 */
final class PersonalityLesson implements Lesson {

  @Override
  public String title() {
    return "Personality styles (IDIC 2) and Customize (IDIC 4): read the cues, adapt the approach";
  }

  @Override
  public void run(PrintStream out) {
    Map<String, List<String>> notes = new LinkedHashMap<>();
    notes.put("Mr Zhao (Acme)", List.of("interrupts to get to the point", "decides on the spot", "wants the bottom line"));
    notes.put("Ms Okafor (clinic)", List.of("asks for data sheets", "checks the figures twice", "keeps a poker face"));
    notes.put("Mr Picard (agency)", List.of("tells stories and jokes", "gestures a lot", "decides on the spot"));
    notes.put("Mrs Tanaka (bakery)", List.of("talks about family", "defers the decision to others", "avoids conflict"));
    notes.put("Mr Li (new lead)", List.of("asks for data sheets", "talks about family"));
    out.println("Cues weigh on assertiveness (tells +, asks -) and responsiveness (shows +, controls emotion -):");
    notes.forEach((who, cues) -> {
      StyleAssessment a = StyleClassifier.DEFAULT.classify(cues.stream().map(BehaviourCue::standard).toList());
      out.println("  " + who + ": " + a.describe());
      a.style().ifPresent(s -> out.println("    open: " + s.opening() + "; present: " + s.present() + "; pace: "
          + s.pace() + "; avoid: " + s.avoid() + "; channels: " + String.join(", ", s.channels())));
    });
    out.println("Four styles, four approaches: " + Arrays.stream(PersonalityStyle.values())
        .map(s -> s + " -> " + s.present()).reduce((x, y) -> x + " | " + y).orElseThrow());

    out.println();
    out.println("Customize: the default playbook for Mr Picard, a KEY customer (normal cooperation, expressive) "
        + "with one complaint open:");
    TreatmentPlan plan = Playbook.defaults().recommend(CustomerSituation.builder().customer(CustomerId.of("c-005"))
        .valueTier("KEY").cooperationClass("NORMAL").style(PersonalityStyle.EXPRESSIVE).openComplaints(1).build());
    out.print(plan.describe().indent(2));
  }
}
