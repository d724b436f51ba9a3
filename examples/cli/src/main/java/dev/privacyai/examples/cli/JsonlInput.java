package dev.privacyai.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSONL file: one JSON object per line. Blank lines are ignored. A line that is not a JSON object, or that
 * fails the caller's check, is reported on standard error as {@code FILE:LINE: skipped: REASON} and skipped. The
 * reason never quotes the line (it may hold personal data): Jackson's messages, which do quote input, are not
 * used; only the column is given.
 */
final class JsonlInput {

    /** A record rejected by a caller's check; the message must not contain input text. */
    static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;

        BadRecord(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One parsed line. */
    record Line(int number, JsonNode node) {
    }

    private final Path path;
    private final List<String> lines;
    private final PrintWriter err;
    private int skipped;
    private Runnable beforeReport = () -> { };

    private JsonlInput(Path path, List<String> lines, PrintWriter err) {
        this.path = path;
        this.lines = lines;
        this.err = err;
    }

    /** Reads the whole file (UTF-8). */
    static JsonlInput open(Path path, PrintWriter err) throws IOException {
        return new JsonlInput(path, Files.readAllLines(path, StandardCharsets.UTF_8), err);
    }

    /** Runs {@code hook} before each skipped-line report (e.g. to clear a progress bar). */
    void beforeReport(Runnable hook) {
        this.beforeReport = hook;
    }

    /** Number of physical lines, blank ones included. */
    int lineCount() {
        return lines.size();
    }

    /** Lines skipped so far. */
    int skipped() {
        return skipped;
    }

    /**
     * Parses line {@code index} (0-based). Returns null for a blank line or a line that is skipped (and reported).
     */
    Line parse(int index, ObjectMapper mapper) {
        String raw = lines.get(index);
        if (raw.isBlank()) {
            return null;
        }
        int number = index + 1;
        try {
            JsonNode node = mapper.readTree(raw);
            if (node == null || !node.isObject()) {
                return skip(number, "not a JSON object");
            }
            return new Line(number, node);
        } catch (JsonProcessingException e) {
            int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return skip(number, "not valid JSON" + (col > 0 ? " (column " + col + ")" : ""));
        }
    }

    /** Reports line {@code number} as skipped for {@code reason} and returns null. */
    Line skip(int number, String reason) {
        skipped++;
        beforeReport.run();
        err.println(path.getFileName() + ":" + number + ": skipped: " + reason);
        err.flush();
        return null;
    }

    /** A required text field. */
    static String text(JsonNode node, String field) throws BadRecord {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new BadRecord("missing string field '" + field + "'");
        }
        return v.asText();
    }

    /** A required id: a string or a number, returned as text. */
    static String id(JsonNode node) throws BadRecord {
        JsonNode v = node.get("id");
        if (v == null || !(v.isTextual() || v.isNumber())) {
            throw new BadRecord("missing field 'id' (string or number)");
        }
        return v.asText();
    }

    /** A span of a record, as read; label normalized by {@link Labels#normalize}. */
    record Span(int start, int end, String label) {
    }

    /**
     * The {@code spans} array of a record. Every span needs integer {@code start} &lt; {@code end}, start &ge; 0, a
     * string {@code label}, and, when {@code textLength} is not negative, {@code end <= textLength}.
     */
    static List<Span> spans(JsonNode node, int textLength) throws BadRecord {
        JsonNode arr = node.get("spans");
        if (arr == null || !arr.isArray()) {
            throw new BadRecord("missing array field 'spans'");
        }
        List<Span> out = new ArrayList<>(arr.size());
        int i = 0;
        for (JsonNode s : arr) {
            JsonNode st = s.get("start");
            JsonNode en = s.get("end");
            JsonNode lb = s.get("label");
            if (st == null || en == null || lb == null || !st.canConvertToInt() || !en.canConvertToInt()
                    || !st.isIntegralNumber() || !en.isIntegralNumber() || !lb.isTextual()) {
                throw new BadRecord("span " + i + " needs integer 'start', 'end' and string 'label'");
            }
            int start = st.intValue();
            int end = en.intValue();
            if (start < 0 || end <= start || (textLength >= 0 && end > textLength)) {
                throw new BadRecord("span " + i + " has offsets outside the text or end <= start");
            }
            out.add(new Span(start, end, Labels.normalize(lb.asText())));
            i++;
        }
        return out;
    }
}
