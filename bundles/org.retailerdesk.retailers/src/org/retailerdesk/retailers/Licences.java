package org.retailerdesk.retailers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.LicenceEvent;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.retailers.internal.Messages;
import org.retailerdesk.store.DuplicateKeyException;
import org.retailerdesk.store.Store;

/**
 * The licence events of a retailer's life, each one store transaction that changes the retailer
 * and records a dated {@link LicenceEvent}, its history on file: suspend (停业), resume (恢复营业),
 * cancel (注销), a change of licence number, a change of holder (the retailer's owner, 负责人).
 * <p>
 * The rules: a cancelled licence is final, nothing more is recorded on it; only a retailer in
 * business is suspended and only a suspended one resumes; a new licence number has the model's
 * format and no other retailer holds it; a new value differs from the present one and fits its
 * field; an event is dated, not after today and not before the retailer's last event. A refused
 * event writes nothing ({@link ChangeRefusedException}). The store audits each write. Call from a Job.
 * <p>
 * An event's old and new values are the status literals for the status events, else the licence
 * numbers or holders themselves.
 */
public final class Licences {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final String PERSISTENCE = "http://retailerdesk.org/persistence"; //$NON-NLS-1$

    private final Store store;
    private final Clock clock;

    /** Licence events dated by the system clock. */
    public Licences(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    /** @param clock what today is: the last day an event may be dated */
    public Licences(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The retailer stops trading for a while (停业): no longer in business. */
    public Retailer suspend(long retailerId, LocalDate date, String note) {
        return record(retailerId, LicenceEventKind.SUSPENDED, date, null, note);
    }

    /** A suspended retailer trades again (恢复营业). */
    public Retailer resume(long retailerId, LocalDate date, String note) {
        return record(retailerId, LicenceEventKind.RESUMED, date, null, note);
    }

    /** The licence is cancelled (注销), for good. */
    public Retailer cancel(long retailerId, LocalDate date, String note) {
        return record(retailerId, LicenceEventKind.CANCELLED, date, null, note);
    }

    public Retailer changeLicenceNumber(long retailerId, LocalDate date, String newNumber, String note) {
        return record(retailerId, LicenceEventKind.LICENCE_NUMBER_CHANGED, date, newNumber, note);
    }

    public Retailer changeHolder(long retailerId, LocalDate date, String newHolder, String note) {
        return record(retailerId, LicenceEventKind.HOLDER_CHANGED, date, newHolder, note);
    }

    /** @return whether an event of that kind has a new value the user gives (licence number, holder) */
    public static boolean takesValue(LicenceEventKind kind) {
        return kind == LicenceEventKind.LICENCE_NUMBER_CHANGED || kind == LicenceEventKind.HOLDER_CHANGED;
    }

    /** @return the retailer's field an event of that kind changes */
    public static EStructuralFeature changedField(LicenceEventKind kind) {
        return switch (kind) {
            case LICENCE_NUMBER_CHANGED -> P.getRetailer_LicenceNumber();
            case HOLDER_CHANGED -> P.getRetailer_Owner();
            default -> P.getRetailer_Status();
        };
    }

    /**
     * Why an event of that kind cannot happen to the retailer as it is now, for the user (a menu
     * greys the action out, a dialog says why); null when it can.
     */
    public static String refusal(Retailer retailer, LicenceEventKind kind) {
        String who = EntityLabels.label(retailer);
        if (retailer.getStatus() == RetailerStatus.CLOSED) {
            return NLS.bind(Messages.Licence_cancelled, who);
        }
        return switch (kind) {
            case SUSPENDED -> retailer.getStatus() == RetailerStatus.SUSPENDED
                    ? NLS.bind(Messages.Licence_suspendedAlready, who)
                    : null;
            case RESUMED -> retailer.getStatus() != RetailerStatus.SUSPENDED ? NLS.bind(Messages.Licence_notSuspended, who)
                    : null;
            default -> null;
        };
    }

    /**
     * Records an event of any kind. For a change of licence number or holder {@code newValue} is
     * the new one; for the status events it is not used (the kind says the new status).
     *
     * @param note why, as the user wrote it; may be empty
     * @return the retailer as stored after the event
     * @throws ChangeRefusedException when a rule refuses the event (nothing was written)
     */
    public Retailer record(long retailerId, LicenceEventKind kind, LocalDate date, String newValue, String note) {
        Retailer now = store.get(Retailer.class, retailerId);
        if (now == null) {
            throw new ChangeRefusedException(NLS.bind(Messages.Licence_notFound, retailerId));
        }
        String refused = refusal(now, kind);
        if (refused != null) {
            throw new ChangeRefusedException(refused);
        }
        checkDate(retailerId, date);
        String value = takesValue(kind) ? checkedValue(now, kind, newValue) : null;
        String text = note == null || note.isBlank() ? null : note.strip();
        checkLength(P.getLicenceEvent_Note(), text);
        try {
            return store.write(tx -> {
                // read again in the transaction: another workstation may have recorded something since
                Retailer retailer = tx.get(Retailer.class, retailerId);
                String meanwhile = retailer == null ? NLS.bind(Messages.Licence_notFound, retailerId)
                        : refusal(retailer, kind);
                if (meanwhile != null) {
                    throw new ChangeRefusedException(meanwhile);
                }
                LicenceEvent event = RetailerdeskFactory.eINSTANCE.createLicenceEvent();
                event.setRetailer(retailer);
                event.setDate(date);
                event.setKind(kind);
                event.setNote(text);
                event.setOldValue(current(retailer, kind));
                apply(retailer, kind, value);
                event.setNewValue(current(retailer, kind));
                tx.update(retailer);
                tx.insert(event);
                return retailer;
            });
        } catch (DuplicateKeyException e) {
            // checked above, but another workstation gave the number to a retailer since
            throw new ChangeRefusedException(NLS.bind(Messages.Licence_numberTakenMeanwhile, value), e);
        }
    }

    /** The value of the retailer's field the kind changes, as the event keeps it. */
    private static String current(Retailer retailer, LicenceEventKind kind) {
        return switch (kind) {
            case LICENCE_NUMBER_CHANGED -> retailer.getLicenceNumber();
            case HOLDER_CHANGED -> retailer.getOwner();
            default -> retailer.getStatus().getName();
        };
    }

    private static void apply(Retailer retailer, LicenceEventKind kind, String value) {
        switch (kind) {
            case SUSPENDED -> retailer.setStatus(RetailerStatus.SUSPENDED);
            case RESUMED -> retailer.setStatus(RetailerStatus.ACTIVE);
            case CANCELLED -> retailer.setStatus(RetailerStatus.CLOSED);
            case LICENCE_NUMBER_CHANGED -> retailer.setLicenceNumber(value);
            case HOLDER_CHANGED -> retailer.setOwner(value);
        }
    }

    private void checkDate(long retailerId, LocalDate date) {
        if (date == null) {
            throw new ChangeRefusedException(Messages.Licence_dateMissing);
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new ChangeRefusedException(NLS.bind(Messages.Licence_dateInFuture, date, today));
        }
        LocalDate last = store.findBy(LicenceEvent.class, retailerId).stream().map(LicenceEvent::getDate)
                .max(LocalDate::compareTo).orElse(null);
        if (last != null && date.isBefore(last)) {
            throw new ChangeRefusedException(NLS.bind(Messages.Licence_dateBeforeLast, date, last));
        }
    }

    /** The new licence number or holder, stripped, once it fits, differs and (a number) is valid and free. */
    private String checkedValue(Retailer retailer, LicenceEventKind kind, String newValue) {
        EStructuralFeature field = changedField(kind);
        String value = newValue == null ? "" : newValue.strip(); //$NON-NLS-1$
        if (value.isEmpty()) {
            throw new ChangeRefusedException(NLS.bind(Messages.Licence_valueMissing, ModelLabels.label(field)));
        }
        if (value.equals(retailer.eGet(field))) {
            throw new ChangeRefusedException(NLS.bind(Messages.Licence_valueUnchanged, ModelLabels.label(field), value));
        }
        checkLength(field, value);
        if (kind == LicenceEventKind.LICENCE_NUMBER_CHANGED) {
            Retailer changed = EcoreUtil.copy(retailer);
            changed.setLicenceNumber(value);
            for (Problem p : ModelValidation.validate(changed, LocalDate.now(clock))) {
                if (p.isError() && p.feature() == field) {
                    throw new ChangeRefusedException(p.message());
                }
            }
            List<Retailer> holders = store.retailers().findRetailersByKeys(List.of(), List.of(value));
            for (Retailer holder : holders) {
                if (holder.getId() != retailer.getId()) {
                    throw new ChangeRefusedException(NLS.bind(Messages.Licence_numberTaken, value, EntityLabels.label(holder)));
                }
            }
        }
        return value;
    }

    /** Refuses text longer than the field holds (its persistence length). */
    private static void checkLength(EStructuralFeature field, String value) {
        EAnnotation persistence = field.getEAnnotation(PERSISTENCE);
        String length = persistence == null ? null : persistence.getDetails().get("length"); //$NON-NLS-1$
        if (value != null && length != null && value.length() > Integer.parseInt(length)) {
            throw new ChangeRefusedException(NLS.bind(Messages.Licence_tooLong, ModelLabels.label(field), length));
        }
    }
}
