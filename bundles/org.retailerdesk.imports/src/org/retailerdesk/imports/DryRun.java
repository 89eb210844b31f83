package org.retailerdesk.imports;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.retailerdesk.imports.internal.Messages;
import org.retailerdesk.imports.internal.NewReferences;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.EntityLabels;

/**
 * The dry run of a retailer file: every data row classified {@link RowStatus#NEW NEW},
 * {@link RowStatus#CHANGED CHANGED}, {@link RowStatus#UNCHANGED UNCHANGED} or
 * {@link RowStatus#REJECTED REJECTED}, in file order, and the districts, market departments,
 * routes, mutual-aid groups and staff the commit creates for them (with "create missing
 * references"). {@link RetailerImport#commit} writes it; it remembers the versions it read, so a
 * commit after someone else changed those retailers is refused.
 */
public final class DryRun extends AbstractDryRun<RowResult> {

    private final ColumnMapping mapping;
    private final List<Entity> created;

    public DryRun(Path file, String source, ColumnMapping mapping, List<RowResult> rows, List<Entity> created) {
        super(file, source, rows);
        this.mapping = mapping.copy();
        this.created = List.copyOf(created);
    }

    public ColumnMapping mapping() {
        return mapping.copy();
    }

    /**
     * What the commit creates before the retailers, in the order it inserts them (districts, market
     * departments, routes, mutual-aid groups, staff), each new (id 0) with its generated code; only
     * what the accepted rows need. Not to be changed.
     */
    public List<Entity> created() {
        return created;
    }

    /** How many of {@link #created()} are of the class ({@code District.class}, {@code Staff.class} …). */
    public long created(Class<? extends Entity> type) {
        return created.stream().filter(type::isInstance).count();
    }

    /**
     * One line per class of what the commit creates, in the product's language, every entry named
     * with its new code: "新建 3 个市场部：东关市场部（MD01）、西关市场部（MD02）、…" /
     * "Creates 3 market departments: …". Empty when it creates nothing.
     */
    public List<String> createdSummary() {
        List<String> lines = new ArrayList<>();
        for (EClass type : NewReferences.ORDER) {
            List<String> names = created.stream().filter(e -> e.eClass() == type).map(EntityLabels::label).toList();
            if (!names.isEmpty()) {
                lines.add(MessageFormat.format(pattern(type), names.size(), String.join(Messages.Created_separator, names)));
            }
        }
        return lines;
    }

    private static String pattern(EClass type) {
        if (type == Literals.DISTRICT) {
            return Messages.Created_districts;
        } else if (type == Literals.MARKET_DEPARTMENT) {
            return Messages.Created_departments;
        } else if (type == Literals.DELIVERY_ROUTE) {
            return Messages.Created_routes;
        } else if (type == Literals.MUTUAL_AID_GROUP) {
            return Messages.Created_groups;
        }
        return Messages.Created_staff;
    }
}
