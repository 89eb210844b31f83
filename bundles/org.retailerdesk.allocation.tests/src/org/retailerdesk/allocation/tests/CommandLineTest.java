package org.retailerdesk.allocation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.internal.CommandLineAccess;

/** The options of ./retailerdesk allocate, and the messages in both languages. */
public class CommandLineTest {

    @Test
    public void everyOptionReachesTheSpecification() {
        RoundSpec spec = CommandLineAccess.parse("--brand", "6901028075", "--supply", "12000", "--method", "groups", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--dimensions", "marketType,district", "--weights", "URBAN=4,RURAL=6,district:01=1.5", "--cutoff", "5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--cap", "8", "--biweekly-multiplier", "2", "--priority", "uplift:1.2", "--period", "2026-11", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "--allow-exceed"); //$NON-NLS-1$
        assertEquals("6901028075", spec.brandCode()); //$NON-NLS-1$
        assertEquals(12000, spec.supply());
        assertEquals(RoundSpec.Method.BY_GRADE_IN_GROUPS, spec.method());
        assertEquals(List.of(Dimension.MARKET_TYPE, Dimension.DISTRICT), spec.dimensions());
        assertEquals(Map.of("URBAN", new BigDecimal(4), "RURAL", new BigDecimal(6)), //$NON-NLS-1$ //$NON-NLS-2$
                spec.weights().get(Dimension.MARKET_TYPE));
        assertEquals(Map.of("01", new BigDecimal("1.5")), spec.weights().get(Dimension.DISTRICT)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(5, spec.cutoffGrade());
        assertEquals(8, spec.cap());
        assertEquals(new BigDecimal(2), spec.biweeklyMultiplier());
        assertEquals(PriorityRule.uplift(new BigDecimal("1.2")), spec.priority()); //$NON-NLS-1$
        assertEquals(YearMonth.of(2026, 11), spec.period());
        assertTrue(spec.allowExceed());
        RoundSpec byGrade = CommandLineAccess.parse("--brand", "X", "--supply", "10", "--priority", "minimum:2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(RoundSpec.Method.BY_GRADE, byGrade.method());
        assertEquals(PriorityRule.minimum(2).kind(), byGrade.priority().kind());
        assertEquals(2, byGrade.priority().value().intValue());
    }

    @Test
    public void badOptionsAreNamed() {
        String[][] bad = { { "--supply", "10" }, { "--brand", "X" }, { "--brand", "X", "--supply", "ten" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                { "--brand", "X", "--supply", "10", "--method", "lottery" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { "--brand", "X", "--supply", "10", "--method", "groups", "--dimensions", "colour" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                { "--brand", "X", "--supply", "10", "--priority", "double" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { "--brand", "X", "--supply", "10", "--period", "2026-13" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { "--brand", "X", "--supply", "10", "--colour", "red" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { "--brand", "X", "--supply" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String[] named = { "--brand", "--supply", "ten", "lottery", "colour", "double", "2026-13", "--colour", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "--supply" }; //$NON-NLS-1$
        for (int i = 0; i < bad.length; i++) {
            String[] args = bad[i];
            AllocationException e = assertThrows(AllocationException.class, () -> CommandLineAccess.parse(args));
            assertTrue(e.getMessage().contains(named[i]), e.getMessage() + " should name " + named[i]); //$NON-NLS-1$
        }
    }

    @Test
    public void everyMessageIsInEnglishAndChinese() throws Exception {
        Properties en = load("messages.properties"); //$NON-NLS-1$
        Properties zh = load("messages_zh.properties"); //$NON-NLS-1$
        assertEquals(en.keySet(), zh.keySet());
        for (Object key : zh.keySet()) {
            String text = zh.getProperty((String) key);
            assertTrue(text.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff) || text.isBlank()
                    || text.strip().startsWith("\u2192") || text.startsWith("；"), //$NON-NLS-1$ //$NON-NLS-2$
                    key + " is not Chinese: " + text); //$NON-NLS-1$
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CommandLineAccess.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }
}
