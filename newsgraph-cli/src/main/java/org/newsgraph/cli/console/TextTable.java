package org.newsgraph.cli.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns; the last column takes what is left of the width and is
 * cut with an ellipsis when too long.
 */
public final class TextTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  public TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Prints the table at most {@code width} characters wide. */
  public void print(PrintWriter out, int width) {
    int n = headers.size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> r : rows) {
        widths[c] = Math.max(widths[c], r.get(c).length());
      }
    }
    int fixed = 0;
    for (int c = 0; c < n - 1; c++) {
      fixed += widths[c] + 2;
    }
    widths[n - 1] = Math.max(10, Math.min(widths[n - 1], width - fixed));
    printRow(out, headers, widths);
    for (List<String> r : rows) {
      printRow(out, r, widths);
    }
    out.flush();
  }

  private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      boolean last = c == cells.size() - 1;
      if (cell.length() > widths[c]) {
        cell = cell.substring(0, widths[c] - 1) + "\u2026";
      }
      sb.append(cell);
      if (!last) {
        sb.append(" ".repeat(widths[c] - cell.length() + 2));
      }
    }
    out.println(sb.toString().stripTrailing());
  }
}
