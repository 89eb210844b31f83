package org.retailerdesk.allocation.outcome;

import java.util.ArrayList;
import java.util.List;

import org.retailerdesk.allocation.outcome.internal.Messages;

/** The report's tables: its rows per category, per district, per district and category. */
public enum Breakdown {
    CATEGORY(Messages.Breakdown_category, Messages.Breakdown_categoryGroup, Messages.Chart_category),
    DISTRICT(Messages.Breakdown_district, Messages.Breakdown_districtGroup, Messages.Chart_district),
    /** Six rows per district would make a chart of unreadable bars: a table only. */
    DISTRICT_AND_CATEGORY(Messages.Breakdown_districtCategory, Messages.Breakdown_districtCategoryGroup, null);

    private final String label;
    private final String groupHeader;
    private final String chartTitle;

    Breakdown(String label, String groupHeader, String chartTitle) {
        this.label = label;
        this.groupHeader = groupHeader;
        this.chartTitle = chartTitle;
    }

    public String label() {
        return label;
    }

    public String groupHeader() {
        return groupHeader;
    }

    /** @return the chart's title, or null when this breakdown has no chart */
    public String chartTitle() {
        return chartTitle;
    }

    /** The breakdown's rows, without the overall line. */
    public List<OutcomeRow> rows(OutcomeReport report) {
        return switch (this) {
        case CATEGORY -> report.byCategory();
        case DISTRICT -> report.byDistrict();
        case DISTRICT_AND_CATEGORY -> report.byDistrictAndCategory();
        };
    }

    /** The rows as the table shows them: the breakdown's, then the overall line. */
    public List<OutcomeRow> tableRows(OutcomeReport report) {
        List<OutcomeRow> out = new ArrayList<>(rows(report));
        out.add(report.overall());
        return out;
    }
}
