package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * The dry run of a retailer file: every data row classified {@link RowStatus#NEW NEW},
 * {@link RowStatus#CHANGED CHANGED}, {@link RowStatus#UNCHANGED UNCHANGED} or
 * {@link RowStatus#REJECTED REJECTED}, in file order. {@link RetailerImport#commit} writes it; it
 * remembers the versions it read, so a commit after someone else changed those retailers is refused.
 */
public final class DryRun extends AbstractDryRun<RowResult> {

    private final ColumnMapping mapping;

    public DryRun(Path file, String source, ColumnMapping mapping, List<RowResult> rows) {
        super(file, source, rows);
        this.mapping = mapping.copy();
    }

    public ColumnMapping mapping() {
        return mapping.copy();
    }
}
