package io.crmkit.core.interaction;

/** The first way the course classifies interactions: by distance (按照互动距离远近). */
public enum Distance {
  /** Both sides in the same place (面对面). */
  FACE_TO_FACE,
  /** Through a medium: phone, letter, email, website (间接). */
  INDIRECT
}
