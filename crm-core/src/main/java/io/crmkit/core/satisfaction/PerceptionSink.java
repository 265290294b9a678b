package io.crmkit.core.satisfaction;

/**
 * Where other features send perception samples: the complaint workflow calls it with the follow-up
 * rating of each handled complaint. A host implements it to store samples, or uses
 * folds them into a {@link PerceptionLog} for running means.
 */
@FunctionalInterface
public interface PerceptionSink {
  void accept(PerceptionSample sample);
}
