package io.crmkit.core.personality;

import java.util.List;

/**
 * The four social styles of account-management practice, on two axes: assertiveness (tells rather
 * than asks) and responsiveness (shows rather than controls emotion). Each comes with guidance for
 * developing the relationship.
 */
public enum PersonalityStyle {
  /** Tells and controls: subjective, decisive, results first. */
  DOMINANT(true, false,
      "get to the point: state the purpose and the result on offer in the first minute",
      "the bottom line, two or three options with their outcomes, a clear recommendation",
      "results and options; let them choose",
      "fast", "small talk, detail they did not ask for, taking the decision out of their hands",
      List.of("phone call", "short email")),
  /** Asks and controls: facts, detail, caution. */
  ANALYTICAL(false, false,
      "agree the agenda and the time, then go through it in order",
      "data sheets, references, figures they can check, answers to the questions they will ask",
      "data and proof, step by step; put it in writing",
      "slow and thorough", "pressure to decide, exaggeration, vague answers",
      List.of("email", "written proposal")),
  /** Tells and shows: emotional, enthusiastic, relationship first. */
  EXPRESSIVE(true, true,
      "start personally: ask about them, share a story, show enthusiasm",
      "the big picture, who else uses it, what it will mean for them",
      "stories and recognition; give them credit in front of others",
      "lively", "long lists of detail, coldness, ignoring their ideas",
      List.of("meeting in person", "video call")),
  /** Asks and shows: easy-going, steady, avoids conflict. */
  AMIABLE(false, true,
      "take time to build trust; ask how things are going",
      "assurances, guarantees, how others like them managed the change",
      "reassurance and time; make it safe to say yes",
      "patient", "pushing, conflict, sudden change, rushing a decision",
      List.of("meeting in person", "phone call"));

  private final boolean assertive;
  private final boolean responsive;
  private final String opening;
  private final String prepare;
  private final String present;
  private final String pace;
  private final String avoid;
  private final List<String> channels;

  PersonalityStyle(boolean assertive, boolean responsive, String opening, String prepare, String present,
      String pace, String avoid, List<String> channels) {
    this.assertive = assertive;
    this.responsive = responsive;
    this.opening = opening;
    this.prepare = prepare;
    this.present = present;
    this.pace = pace;
    this.avoid = avoid;
    this.channels = channels;
  }

  /** The style of a position on the two axes (both non-zero). */
  public static PersonalityStyle of(boolean assertive, boolean responsive) {
    for (PersonalityStyle s : values()) {
      if (s.assertive == assertive && s.responsive == responsive) {
        return s;
      }
    }
    throw new IllegalStateException("every quadrant has a style");
  }

  public boolean isAssertive() {
    return assertive;
  }

  public boolean isResponsive() {
    return responsive;
  }

  /** How to open a meeting. */
  public String opening() {
    return opening;
  }

  /** What to prepare. */
  public String prepare() {
    return prepare;
  }

  /** How to present. */
  public String present() {
    return present;
  }

  public String pace() {
    return pace;
  }

  /** What to avoid. */
  public String avoid() {
    return avoid;
  }

  /** Preferred channels, most preferred first. */
  public List<String> channels() {
    return channels;
  }
}
