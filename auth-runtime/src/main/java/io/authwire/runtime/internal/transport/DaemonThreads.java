package io.authwire.runtime.internal.transport;

import java.util.concurrent.ThreadFactory;

/**
 * Threads Authwire starts for itself. They are daemons, and they take nothing from the caller that
 * happened to start them: no inheritable thread-locals (a web request's context) and not its
 * context class loader (a web application's, which would then outlive an undeploy).
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  public static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(null, task, name, 0, false);
      thread.setDaemon(true);
      thread.setContextClassLoader(DaemonThreads.class.getClassLoader());
      return thread;
    };
  }
}
