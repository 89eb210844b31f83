package org.retailerdesk.allocation.internal;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.RetailerSet;

/** Prints a plan as the command line shows it: per group its grades, then the totals and the gap. */
final class PlanReport {

    private final PrintStream out;

    PlanReport(PrintStream out) {
        this.out = out;
    }

    void print(AllocationPlan plan, long computeNanos) {
        for (AllocationPlan.Group g : plan.groups()) {
            if (!g.label().isEmpty()) {
                out.println(NLS.bind(Messages.Report_group, new Object[] { g.label(), g.share(), g.total(), g.spill() }));
            }
            out.println(Messages.Report_gradeHeader);
            for (int grade = RetailerSet.MAX_GRADE; grade >= RetailerSet.MIN_GRADE; grade--) {
                if (g.retailersPerGrade()[grade] > 0) {
                    out.println(String.format("  %5d %10d %8d %10d", grade, g.retailersPerGrade()[grade], //$NON-NLS-1$
                            g.perGrade()[grade], g.cartonsPerGrade()[grade]));
                }
            }
        }
        out.println(NLS.bind(Messages.Report_total, new Object[] { plan.total(), plan.spec().supply(), plan.gap(),
                plan.hitsSupply() ? Messages.Report_exact : Messages.Report_notExact }));
        out.println(NLS.bind(Messages.Report_priority, plan.priorityTotal(), plan.priorityRetailers()));
        out.println(NLS.bind(Messages.Report_time, AllocateApplication.seconds(computeNanos)));
    }
}
