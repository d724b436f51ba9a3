package dev.privacyai.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VectorThresholdTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private int at(String params, int expected) throws Exception {
        return EvalCommand.expectedAtThreshold(params == null ? null : mapper.readTree(params), expected);
    }

    @Test
    void lowScoreResultsBecomeOptional() throws Exception {
        assertThat(at("{\"expected_score_ranges\": [[0.1, 0.1]]}", 1)).isZero();
        assertThat(at("{\"expected_score_ranges\": [[0.6, 0.81], [0.0, 0.3]]}", 2)).isEqualTo(1);
        assertThat(at("{\"expected_score_ranges\": [[\"max\", \"max\"]]}", 1)).isEqualTo(1);
        assertThat(at("{\"expected_scores\": [0.2, 1.0]}", 2)).isEqualTo(1);
        assertThat(at("{\"expected_score\": 0.05}", 1)).isZero();
        assertThat(at("{\"expected_score\": 1.0}", 1)).isEqualTo(1);
    }

    @Test
    void rowsWithoutScoreParametersKeepTheirCount() throws Exception {
        assertThat(at(null, 2)).isEqualTo(2);
        assertThat(at("{\"score\": 0.4, \"leniency\": 1}", 2)).isEqualTo(2);
        assertThat(at("{\"expected_scores\": []}", 2)).isEqualTo(2);
        assertThat(at("{\"expected_score_ranges\": []}", 0)).isZero();
    }
}
