package dev.covrun.worker;

import java.util.Optional;

/**
 * Where a failing Cucumber step is: Cucumber adds a stack frame for the step whose "method" is
 * the step text and whose "file" is the feature's URI, e.g. {@code ✽.I pay 42(classpath:
 * features/orders/checkout.feature:12)}. Read from the frame, so the worker needs no Cucumber.
 */
final class StepLocation {
  private static final String FEATURE_SUFFIX = ".feature";

  private StepLocation() {}

  /** {@code step 'I pay 42' at orders/checkout.feature:12}, if a frame names a feature file. */
  static Optional<String> of(Throwable failure, String featurePath) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      String file = frame.getFileName();
      if (file != null && file.endsWith(FEATURE_SUFFIX) && frame.getLineNumber() > 0) {
        String shown = file.equals(featurePath) || file.endsWith("/" + featurePath) ? featurePath : file;
        return Optional.of("step '" + frame.getMethodName() + "' at " + shown + ":" + frame.getLineNumber());
      }
    }
    return Optional.empty();
  }
}
