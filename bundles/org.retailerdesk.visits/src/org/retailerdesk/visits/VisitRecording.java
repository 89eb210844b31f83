package org.retailerdesk.visits;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.store.Store;
import org.retailerdesk.visits.internal.Messages;

/**
 * "Record a visit": the visit, the inspections done during it and the publicity delivered during it,
 * written in one store transaction (all of them, with their audit rows, or none). The inspections
 * and publicity records take the visit's retailer, date and visitor and point at the visit; the
 * publicity's channel is {@link PublicityChannel#VISIT}. Inspections are operating records, so they
 * appear in the retailer file's operating records as well.
 */
public final class VisitRecording {

    private VisitRecording() {
    }

    /**
     * Validates everything first (model rules), then writes it in one transaction.
     *
     * @param visit       a new visit (id 0) with its retailer, visitor, date and purpose
     * @param inspections new inspections with their results (retailer, date, staff and visit are set here)
     * @param publicity   new publicity records with policy and acknowledgement (the rest is set here)
     * @return the stored visit
     * @throws IllegalArgumentException with a localised message naming the field, if something is
     *                                  invalid; nothing was written
     */
    public static Visit record(Store store, Visit visit, List<Inspection> inspections,
            List<PublicityRecord> publicity) {
        if (visit.getId() != 0) {
            throw new IllegalArgumentException(Messages.Record_notNew);
        }
        for (Inspection i : inspections) {
            i.setRetailer(visit.getRetailer());
            i.setDate(visit.getDate());
            i.setRecordedBy(visit.getVisitor());
            i.setVisit(visit);
        }
        for (PublicityRecord p : publicity) {
            p.setRetailer(visit.getRetailer());
            p.setDate(visit.getDate());
            p.setDeliveredBy(visit.getVisitor());
            p.setChannel(PublicityChannel.VISIT);
            p.setVisit(visit);
        }
        List<Entity> all = new ArrayList<>();
        all.add(visit);
        all.addAll(inspections);
        all.addAll(publicity);
        for (Entity e : all) {
            for (Problem p : ModelValidation.validate(e)) {
                if (p.isError()) {
                    throw new IllegalArgumentException(NLS.bind(Messages.Record_invalid, ModelLabels.label(e.eClass()),
                            p.message()));
                }
            }
        }
        return store.write(tx -> {
            Visit stored = tx.insert(visit);
            inspections.forEach(tx::insert);
            publicity.forEach(tx::insert);
            return stored;
        });
    }
}
