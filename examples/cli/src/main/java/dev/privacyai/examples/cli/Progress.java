package dev.privacyai.examples.cli;

import java.io.PrintWriter;

/**
 * A single-line progress bar on standard error, redrawn in place with a carriage return. It is active only for
 * inputs of more than {@link #THRESHOLD} lines and redraws only when the percentage changes.
 */
final class Progress {

    /** Inputs with more lines than this get a progress bar. */
    static final int THRESHOLD = 2000;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean active;
    private int lastPercent = -1;

    Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.active = total > THRESHOLD;
    }

    /** Reports that {@code done} of the total lines are processed. */
    void update(int done) {
        if (!active) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%3d%% %d/%d", percent, done, total));
        err.flush();
    }

    /** Clears the bar so that later messages start on a clean line. */
    void finish() {
        if (active && lastPercent >= 0) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 24) + "\r");
            err.flush();
        }
    }

    /**
     * A message (e.g. a skipped line) while the bar is shown: clears the bar first so the message gets its own
     * line; the next update redraws the bar.
     */
    void interrupt() {
        if (active && lastPercent >= 0) {
            finish();
            lastPercent = -1;
        }
    }
}
