package org.retailerdesk.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The one "today" of the tests: expected answers that depend on the date do not change with the calendar. */
public final class FixedClock {

    /** The centre's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$
    /** The demo centre's day and every test's today. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** A clock standing still at ten in the morning of {@link #TODAY}. */
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant(), ZONE);

    private FixedClock() {
    }
}
