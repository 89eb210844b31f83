package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * The dry run of a publicity or visit file (see {@link RecordImport}): every row NEW, CHANGED,
 * UNCHANGED or REJECTED, with the versions of the stored records it matched.
 */
public final class RecordDryRun extends AbstractDryRun<RecordRow> {

    private final RecordKind kind;
    private final FieldMapping<RecordField> mapping;

    public RecordDryRun(Path file, String source, RecordKind kind, FieldMapping<RecordField> mapping,
            List<RecordRow> rows) {
        super(file, source, rows);
        this.kind = kind;
        this.mapping = mapping.copy();
    }

    public RecordKind kind() {
        return kind;
    }

    public FieldMapping<RecordField> mapping() {
        return mapping.copy();
    }
}
