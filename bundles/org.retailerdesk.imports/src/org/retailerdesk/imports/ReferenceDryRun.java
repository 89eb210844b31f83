package org.retailerdesk.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * The dry run of a service-network, staff, brand or group file (see {@link ReferenceImport}): every
 * row NEW, CHANGED, UNCHANGED or REJECTED, with the entries a commit writes.
 */
public final class ReferenceDryRun extends AbstractDryRun<ReferenceRow> {

    private final ReferenceKind kind;
    private final FieldMapping<ReferenceField> mapping;

    public ReferenceDryRun(Path file, String source, ReferenceKind kind, FieldMapping<ReferenceField> mapping,
            List<ReferenceRow> rows) {
        super(file, source, rows);
        this.kind = kind;
        this.mapping = mapping.copy();
    }

    public ReferenceKind kind() {
        return kind;
    }

    public FieldMapping<ReferenceField> mapping() {
        return mapping.copy();
    }
}
