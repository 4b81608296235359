package io.github.hindsight.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or from the build when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = HindsightCli.class.getPackage().getImplementationVersion();
    return new String[] {"hindsight " + (version == null ? "(development build)" : version),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
