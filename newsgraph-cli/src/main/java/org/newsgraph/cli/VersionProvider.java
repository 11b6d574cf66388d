package org.newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (absent when running from classes in a build). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"newsgraph " + (version == null ? "(development build)" : version)};
  }
}
