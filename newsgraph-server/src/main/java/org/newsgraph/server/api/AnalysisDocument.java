package org.newsgraph.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.analysis.Analysis;

/**
 * The analysis of one text, as {@code newsgraph annotate --json} prints it: the file it was read
 * from (absent for standard input), the language, and the {@link AnalysisFields}.
 */
public record AnalysisDocument(
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String file,
    String language,
    @JsonUnwrapped AnalysisFields analysis) {

  public static AnalysisDocument of(@Nullable String file, Analysis a) {
    return new AnalysisDocument(file, a.language(), AnalysisFields.of(a));
  }
}
