package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.internal.Messages;

/**
 * The result of reading a whole import file against the store without writing anything: every
 * data row classified, in file order, with the counts per status. A commit writes it once.
 *
 * @param <R> the rows of the kind of record imported
 */
public abstract class AbstractDryRun<R extends ImportRow> {

    private final Path file;
    private final String source;
    private final List<R> rows;
    private final Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
    private volatile boolean committed;

    protected AbstractDryRun(Path file, String source, List<R> rows) {
        this.file = file;
        this.source = source;
        this.rows = List.copyOf(rows);
        for (RowStatus s : RowStatus.values()) {
            counts.put(s, 0L);
        }
        for (R r : this.rows) {
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

    /** Every data row, in file order. */
    public List<R> rows() {
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

    /** Every warning of the rows a commit imports (not the rejected ones), in file order. */
    public List<Warning> warnings() {
        return rows.stream().filter(r -> r.status() != RowStatus.REJECTED).flatMap(r -> r.warnings().stream()).toList();
    }

    /** A warning with the file's name, as {@link #describe(Rejection)} writes a rejection. */
    public String describe(Warning warning) {
        return NLS.bind(Messages.Rejection_inFile, file.getFileName(), warning);
    }

    /** True once a commit of this dry run succeeded; it cannot be committed twice. */
    public boolean isCommitted() {
        return committed;
    }

    void markCommitted() {
        committed = true;
    }

    /**
     * Refuses a commit of this dry run: a second one, or one with rejected rows unless they are skipped.
     *
     * @return how many rows are rejected (and skipped)
     */
    long checkCommittable(boolean skipRejected) {
        if (committed) {
            throw new ImportException(file, NLS.bind(Messages.Commit_twice, file.getFileName()));
        }
        long rejected = count(RowStatus.REJECTED);
        if (rejected > 0 && !skipRejected) {
            throw new ImportException(file, NLS.bind(Messages.Commit_rejectedRows, file.getFileName(), rejected));
        }
        return rejected;
    }
}
