package org.retailerdesk.imports;

import org.retailerdesk.imports.internal.Messages;

/** What a commit would do with a row of the file. */
public enum RowStatus {
    /** no retailer has its customer code (or licence number): it is inserted */
    NEW,
    /** the retailer exists and the row changes some of its fields: it is updated */
    CHANGED,
    /** the retailer exists with exactly these values: nothing is written */
    UNCHANGED,
    /** the row cannot be imported: see its rejections */
    REJECTED;

    /** For the user, in the language of the running product. */
    public String label() {
        return switch (this) {
            case NEW -> Messages.RowStatus_new;
            case CHANGED -> Messages.RowStatus_changed;
            case UNCHANGED -> Messages.RowStatus_unchanged;
            case REJECTED -> Messages.RowStatus_rejected;
        };
    }
}
