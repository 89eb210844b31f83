package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchResults;

/** The result lines ./bench all parses into its table: one field per column, verdicts from the goal. */
public class BenchResultsTest {

    @Test
    public void oneLinePerFigureWithBaselineRatioGoalAndVerdict() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            BenchResults results = BenchResults.start("store");
            results.atMost("first page | grade", 0.05, 0.02, "s", 0.3);
            results.atMost("count", 0.5, 0.1, "s", 0.1);
            results.ratioAtMost("bulk load", 30, 25, "s", 1.5);
            results.ratioAtMost("gap", 0, 0, "cartons", 1);
            results.measured("weekly counts", 1234.5, Double.NaN, "ms");
        } finally {
            System.setOut(previous);
        }
        assertEquals("""
                BENCH-START|store
                BENCH|store|first page / grade|0.050|s|0.020|2.50|<= 0.300 s|met
                BENCH|store|count|0.500|s|0.100|5.00|<= 0.100 s|NOT met
                BENCH|store|bulk load|30.000|s|25.000|1.20|ratio <= 1.500|met
                BENCH|store|gap|0.000|cartons|0.000|-|ratio <= 1.000|met
                BENCH|store|weekly counts|1235|ms|-|-|-|-
                """, bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
