package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** Where the web server listens: the options {@code serve} and {@code demo} share. */
final class ListenOptions {

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port (default: 8080; 0 picks a free one).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface).")
  String host = "127.0.0.1";
}
