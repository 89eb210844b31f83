package org.retailerdesk.allocation.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.PriorityRule;
import org.retailerdesk.allocation.RoundSpec;

/**
 * The options of {@code ./retailerdesk allocate}, read into a {@link RoundSpec}:
 * {@code --brand CODE --supply T --method grade|groups [--dimensions marketType,district]
 * [--weights [dim:]KEY=W,...] [--cutoff G] [--cap N] [--biweekly-multiplier F]
 * [--priority uplift:1.2|minimum:2|none] [--period 2026-11] [--allow-exceed]}.
 * A weight without {@code dim:} belongs to the first dimension.
 */
final class CommandLine {

    final RoundSpec spec;

    private CommandLine(RoundSpec spec) {
        this.spec = spec;
    }

    /** @throws AllocationException naming the option that is missing or wrong */
    static CommandLine parse(String[] args) {
        RoundSpec.Builder b = RoundSpec.builder(null, 0);
        boolean supplyGiven = false;
        String method = null;
        List<Dimension> dims = new ArrayList<>();
        String weights = null;
        for (int i = 0; i < args.length; i++) {
            String opt = args[i];
            if (opt.equals("--allow-exceed")) { //$NON-NLS-1$
                b.allowExceed(true);
                continue;
            }
            if (!opt.startsWith("--")) { //$NON-NLS-1$
                // the launcher passes its own arguments (-os, -ws, ...) on to the application
                continue;
            }
            if (i + 1 >= args.length) {
                throw new AllocationException(NLS.bind(Messages.Cli_missingValue, opt));
            }
            String v = args[++i];
            switch (opt) {
            case "--brand" -> b.brand(v); //$NON-NLS-1$
            case "--supply" -> { //$NON-NLS-1$
                b.supply(integer(opt, v));
                supplyGiven = true;
            }
            case "--method" -> method = v; //$NON-NLS-1$
            case "--dimensions" -> { //$NON-NLS-1$
                for (String name : v.split(",")) { //$NON-NLS-1$
                    Dimension d = Dimension.ofOption(name);
                    if (d == null) {
                        throw new AllocationException(NLS.bind(Messages.Cli_badDimension, name, dimensionNames()));
                    }
                    dims.add(d);
                }
            }
            case "--weights" -> weights = v; //$NON-NLS-1$
            case "--cutoff" -> b.cutoffGrade(integer(opt, v)); //$NON-NLS-1$
            case "--cap" -> b.cap(integer(opt, v)); //$NON-NLS-1$
            case "--biweekly-multiplier" -> b.biweeklyMultiplier(decimal(opt, v)); //$NON-NLS-1$
            case "--priority" -> { //$NON-NLS-1$
                PriorityRule rule = PriorityRule.parse(v);
                if (rule == null) {
                    throw new AllocationException(NLS.bind(Messages.Cli_badValue, opt, v));
                }
                b.priority(rule);
            }
            case "--period" -> { //$NON-NLS-1$
                try {
                    b.period(YearMonth.parse(v));
                } catch (DateTimeParseException e) {
                    throw new AllocationException(NLS.bind(Messages.Cli_badValue, opt, v));
                }
            }
            default -> throw new AllocationException(NLS.bind(Messages.Cli_unknownOption, opt));
            }
        }
        RoundSpec probe = b.build();
        if (probe.brandCode() == null) {
            throw new AllocationException(NLS.bind(Messages.Cli_missingOption, "--brand")); //$NON-NLS-1$
        }
        if (!supplyGiven) {
            throw new AllocationException(NLS.bind(Messages.Cli_missingOption, "--supply")); //$NON-NLS-1$
        }
        if (method == null || method.equals("grade")) { //$NON-NLS-1$
            b.method(RoundSpec.Method.BY_GRADE);
            if (!dims.isEmpty() || weights != null) {
                throw new AllocationException(Messages.Error_dimensionsByGrade);
            }
        } else if (method.equals("groups")) { //$NON-NLS-1$
            b.groups(dims.toArray(Dimension[]::new));
            if (weights != null) {
                weights(b, dims, weights);
            }
        } else {
            throw new AllocationException(NLS.bind(Messages.Cli_badValue, "--method", method)); //$NON-NLS-1$
        }
        return new CommandLine(b.build());
    }

    private static void weights(RoundSpec.Builder b, List<Dimension> dims, String text) {
        for (String item : text.split(",")) { //$NON-NLS-1$
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw new AllocationException(NLS.bind(Messages.Cli_badValue, "--weights", item)); //$NON-NLS-1$
            }
            String key = item.substring(0, eq).strip();
            Dimension d = dims.isEmpty() ? null : dims.get(0);
            int colon = key.indexOf(':');
            if (colon > 0) {
                d = Dimension.ofOption(key.substring(0, colon));
                key = key.substring(colon + 1).strip();
            }
            if (d == null) {
                throw new AllocationException(NLS.bind(Messages.Cli_badDimension, item, dimensionNames()));
            }
            b.weight(d, key, decimal("--weights", item.substring(eq + 1).strip())); //$NON-NLS-1$
        }
    }

    private static int integer(String opt, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new AllocationException(NLS.bind(Messages.Cli_badValue, opt, v));
        }
    }

    private static BigDecimal decimal(String opt, String v) {
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw new AllocationException(NLS.bind(Messages.Cli_badValue, opt, v));
        }
    }

    private static String dimensionNames() {
        return String.join(", ", java.util.Arrays.stream(Dimension.values()).map(Dimension::option).toList()); //$NON-NLS-1$
    }
}
