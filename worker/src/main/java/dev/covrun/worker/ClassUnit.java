package dev.covrun.worker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.DiscoverySelector;

/** A unit naming one test class by its fully qualified name. */
public record ClassUnit(String name) implements Unit {

  @Override
  public DiscoverySelector selector() {
    return selectClass(name);
  }

  @Override
  public boolean exists(ClassLoader loader) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    } catch (LinkageError e) {
      // The class is there but broken; the launcher reports that as a failure.
      return true;
    }
  }
}
