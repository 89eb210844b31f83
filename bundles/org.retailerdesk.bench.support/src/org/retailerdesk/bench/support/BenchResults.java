package org.retailerdesk.bench.support;

import java.util.Locale;

/**
 * The machine-readable lines a benchmark prints beside its own table, for {@code ./bench all} to
 * collect into one table: {@code BENCH-START|benchmark} when it starts (./bench measures its build
 * overhead up to there), then per figure
 * {@code BENCH|benchmark|figure|value|unit|baseline|ratio|goal|met}, where baseline is the raw
 * baseline measured in the same run, ratio is value / baseline, and "-" stands for none.
 */
public final class BenchResults {

    public static final String START = "BENCH-START|"; //$NON-NLS-1$
    public static final String FIGURE = "BENCH|"; //$NON-NLS-1$
    private static final String NONE = "-"; //$NON-NLS-1$

    private final String benchmark;

    private BenchResults(String benchmark) {
        this.benchmark = clean(benchmark);
    }

    /** Announces the benchmark on standard output; call it before any work is timed. */
    public static BenchResults start(String benchmark) {
        BenchResults results = new BenchResults(benchmark);
        System.out.println(START + results.benchmark);
        System.out.flush();
        return results;
    }

    /** A figure whose goal is at most {@code goal}, in its own unit. */
    public void atMost(String figure, double value, double baseline, String unit, double goal) {
        line(figure, value, unit, baseline, "<= " + number(goal) + " " + unit, value <= goal); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A figure whose goal is a ratio to its baseline of at most {@code ratio}. */
    public void ratioAtMost(String figure, double value, double baseline, String unit, double ratio) {
        line(figure, value, unit, baseline, "ratio <= " + number(ratio), value <= ratio * baseline); //$NON-NLS-1$
    }

    /** A figure measured against its baseline without a goal. */
    public void measured(String figure, double value, double baseline, String unit) {
        line(figure, value, unit, baseline, NONE, null);
    }

    private void line(String figure, double value, String unit, double baseline, String goal, Boolean met) {
        boolean hasBaseline = !Double.isNaN(baseline);
        String ratio = hasBaseline && baseline != 0 ? String.format(Locale.ROOT, "%.2f", value / baseline) : NONE; //$NON-NLS-1$
        System.out.println(String.join("|", FIGURE + benchmark, clean(figure), number(value), clean(unit), //$NON-NLS-1$
                hasBaseline ? number(baseline) : NONE, ratio, clean(goal), met == null ? NONE : met ? "met" : "NOT met")); //$NON-NLS-1$ //$NON-NLS-2$
        System.out.flush();
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The separator cannot appear inside a field. */
    private static String clean(String text) {
        return text.replace('|', '/').replace('\n', ' ');
    }
}
