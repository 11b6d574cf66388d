package org.newsgraph.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  @Test
  void perfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(List.of("x", "x", "y"), List.of("a", "a", "b"));

    assertThat(s.pairwiseF1()).isEqualTo(1.0);
    assertThat(s.bcubedF1()).isEqualTo(1.0);
  }

  @Test
  void scoresAWorkedExample() {
    // gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}
    ClusterScores s =
        ClusterScores.of(List.of("p", "p", "q", "q", "q"), List.of("a", "a", "a", "b", "b"));

    // pairs together: (1,2) (4,5) = 2 of 1+3 put together, of 3+1 that belong together
    assertThat(s.pairwisePrecision()).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(s.pairwiseRecall()).isCloseTo(2.0 / 4, within(1e-9));
    // BCubed precision: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1
    assertThat(s.bcubedPrecision())
        .isCloseTo((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, within(1e-9));
    assertThat(s.bcubedRecall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, within(1e-9));
    assertThat(s.predictedClusters()).isEqualTo(2);
    assertThat(s.goldClusters()).isEqualTo(2);
  }

  @Test
  void singletonsHaveNoPairsButFullBcubedPrecision() {
    ClusterScores s = ClusterScores.of(List.of("1", "2", "3"), List.of("a", "a", "a"));

    assertThat(s.pairwisePrecision()).isZero();
    assertThat(s.pairwiseRecall()).isZero();
    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    assertThat(s.bcubedRecall()).isCloseTo(1.0 / 3, within(1e-9));
  }
}
