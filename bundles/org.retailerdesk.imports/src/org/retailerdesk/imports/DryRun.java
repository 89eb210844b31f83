package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.Messages;

/**
 * The result of reading a whole import file against the store without writing anything: every
 * data row classified {@link RowStatus#NEW NEW}, {@link RowStatus#CHANGED CHANGED},
 * {@link RowStatus#UNCHANGED UNCHANGED} or {@link RowStatus#REJECTED REJECTED}, in file order.
 * {@link RetailerImport#commit} writes it; it remembers the versions it read, so a commit after
 * someone else changed those retailers is refused.
 */
public final class DryRun {

    private final Path file;
    private final String source;
    private final ColumnMapping mapping;
    private final List<RowResult> rows;
    private final Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
    private volatile boolean committed;

    public DryRun(Path file, String source, ColumnMapping mapping, List<RowResult> rows) {
        this.file = file;
        this.source = source;
        this.mapping = mapping.copy();
        this.rows = List.copyOf(rows);
        for (RowStatus s : RowStatus.values()) {
            counts.put(s, 0L);
        }
        for (RowResult r : this.rows) {
            counts.merge(r.status(), 1L, Long::sum);
        }
    }

    public Path file() {
        return file;
    }

    /** How the file was read: its encoding (CSV) or sheet (XLSX). */
    public String source() {
        return source;
    }

    public ColumnMapping mapping() {
        return mapping.copy();
    }

    /** Every data row, in file order. */
    public List<RowResult> rows() {
        return rows;
    }

    public long count(RowStatus status) {
        return counts.get(status);
    }

    /** Every rejection of every row, in file order. */
    public List<Rejection> rejections() {
        return rows.stream().flatMap(r -> r.rejections().stream()).toList();
    }

    /** A rejection with the file's name: "客户.csv, row 5, column 档位 ("D99"): …". */
    public String describe(Rejection rejection) {
        return NLS.bind(Messages.Rejection_inFile, file.getFileName(), rejection);
    }

    /** True once a commit of this dry run succeeded; it cannot be committed twice. */
    public boolean isCommitted() {
        return committed;
    }

    void markCommitted() {
        committed = true;
    }
}
