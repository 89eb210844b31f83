package org.retailerdesk.allocation;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.internal.RoundMessages;

/** A published round was asked to change; the message (zh/en) says which and since when. */
public class RoundLockedException extends AllocationException {

    private static final long serialVersionUID = 1L;

    public RoundLockedException(String code, LocalDate publishedOn) {
        super(NLS.bind(RoundMessages.Round_locked, code, publishedOn));
    }
}
