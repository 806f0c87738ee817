package dev.covrun.worker;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The JaCoCo agent's runtime in this JVM ({@code org.jacoco.agent.rt.RT}), reached by reflection:
 * with {@code -javaagent} its classes are on the system class loader, and the worker must not
 * depend on a JaCoCo jar that could clash with the user's.
 */
interface CoverageAgent {
  String RUNTIME = "org.jacoco.agent.rt.RT";
  String AGENT = "org.jacoco.agent.rt.IAgent";

  /** The session id the agent was started with. */
  String sessionId();

  /** Names the data collected from now on. */
  void sessionId(String id);

  /** The data collected since the last call, as a complete exec stream, and starts afresh. */
  byte[] take();

  /** The running agent, or empty when this JVM has none (started without {@code -javaagent}). */
  static Optional<CoverageAgent> find() {
    try {
      Class<?> runtime = Class.forName(RUNTIME, true, ClassLoader.getSystemClassLoader());
      Object agent = runtime.getMethod("getAgent").invoke(null);
      return Optional.of(new Reflected(agent, Class.forName(AGENT, true, runtime.getClassLoader())));
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      return Optional.empty();
    } catch (InvocationTargetException e) {
      // RT.getAgent() throws IllegalStateException when the agent's classes are there but it never started.
      return Optional.empty();
    }
  }

  /** The agent through its public {@code IAgent} interface. */
  final class Reflected implements CoverageAgent {
    private final Object agent;
    private final Method getSessionId;
    private final Method setSessionId;
    private final Method getExecutionData;

    Reflected(Object agent, Class<?> type) throws NoSuchMethodException {
      this.agent = agent;
      this.getSessionId = type.getMethod("getSessionId");
      this.setSessionId = type.getMethod("setSessionId", String.class);
      this.getExecutionData = type.getMethod("getExecutionData", boolean.class);
    }

    @Override
    public String sessionId() {
      return (String) call(getSessionId);
    }

    @Override
    public void sessionId(String id) {
      call(setSessionId, id);
    }

    @Override
    public byte[] take() {
      return (byte[]) call(getExecutionData, true);
    }

    private Object call(Method method, Object... args) {
      try {
        return method.invoke(agent, args);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call the JaCoCo agent: " + e.getMessage(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(
            "the JaCoCo agent failed: " + FailureMessage.firstLine(e.getCause()), e.getCause());
      }
    }
  }
}
