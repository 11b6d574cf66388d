package org.newsgraph.cli.console;

import java.util.Locale;

/** Writes byte counts for people: "512 B", "12.3 MB" (decimal units, as file managers do). */
public final class ByteCount {

  private ByteCount() {}

  public static String format(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
  }
}
