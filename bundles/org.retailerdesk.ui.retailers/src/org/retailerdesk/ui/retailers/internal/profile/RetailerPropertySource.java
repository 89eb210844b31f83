package org.retailerdesk.ui.retailers.internal.profile;

import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * A retailer in the Properties view, read-only: every field under its group, labelled in the UI
 * language. Reads the object it was made for each time the view asks, so it shows edits at once.
 */
final class RetailerPropertySource implements IPropertySource {

    private static final List<EStructuralFeature> FEATURES = RetailerdeskPackage.eINSTANCE.getRetailer()
            .getEAllStructuralFeatures();

    private final Retailer retailer;

    RetailerPropertySource(Retailer retailer) {
        this.retailer = retailer;
    }

    @Override
    public Object getEditableValue() {
        return retailer;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return FEATURES.stream().map(feature -> {
            PropertyDescriptor descriptor = new PropertyDescriptor(feature, ModelLabels.label(feature));
            descriptor.setCategory(Groups.label(Groups.of(feature)));
            return descriptor;
        }).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return Values.format(Values.get(retailer, (EStructuralFeature) id));
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only: edits go through the profile editor
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only: edits go through the profile editor
    }

    /** Registered for {@link Retailer} in plugin.xml (org.eclipse.core.runtime.adapters). */
    public static final class Factory implements IAdapterFactory {

        @Override
        public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
            return adaptable instanceof Retailer r && adapterType == IPropertySource.class
                    ? adapterType.cast(new RetailerPropertySource(r)) : null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] { IPropertySource.class };
        }
    }
}
