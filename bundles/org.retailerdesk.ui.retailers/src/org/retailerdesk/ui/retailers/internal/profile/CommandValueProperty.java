package org.retailerdesk.ui.retailers.internal.profile;

import java.util.Objects;

import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.model.labels.ModelLabels;

/**
 * One feature of an EObject as a data-binding value whose every change is a {@link SetCommand} on
 * an editing domain, so it can be undone. This is what {@code EMFEditProperties.value} does; that
 * bundle ({@code org.eclipse.emf.databinding.edit}) is not published in a current version where our
 * target platform comes from, and its base class in {@code emf.databinding} is internal.
 */
final class CommandValueProperty extends SimpleValueProperty<EObject, Object> {

    private final EditingDomain domain;
    private final EStructuralFeature feature;

    CommandValueProperty(EditingDomain domain, EStructuralFeature feature) {
        this.domain = domain;
        this.feature = feature;
    }

    @Override
    public Object getValueType() {
        return feature;
    }

    @Override
    protected Object doGetValue(EObject source) {
        return source.eIsSet(feature) || !feature.isUnsettable() ? source.eGet(feature) : null;
    }

    @Override
    protected void doSetValue(EObject source, Object value) {
        if (Objects.equals(doGetValue(source), value)) {
            return; // a binding echoing the model back is no edit: nothing to undo, not dirty
        }
        Object newValue = value == null && feature.isUnsettable() ? SetCommand.UNSET_VALUE : value;
        Command set = SetCommand.create(domain, source, feature, newValue);
        // named after the field, so Edit ▸ Undo says what it undoes
        domain.getCommandStack().execute(new CommandWrapper(NLS.bind(Messages.Edit_set, ModelLabels.label(feature)), null, set));
    }

    @Override
    public INativePropertyListener<EObject> adaptListener(ISimplePropertyListener<EObject, ValueDiff<? extends Object>> listener) {
        return new NativePropertyListener<>(this, listener) {
            private final Adapter adapter = new AdapterImpl() {
                @Override
                public void notifyChanged(Notification notification) {
                    if (notification.getFeature() == feature && !notification.isTouch()) {
                        // no diff: the observable reads the value again, which maps an unset field to null
                        fireChange((EObject) notification.getNotifier(), null);
                    }
                }
            };

            @Override
            protected void doAddTo(EObject source) {
                source.eAdapters().add(adapter);
            }

            @Override
            protected void doRemoveFrom(EObject source) {
                source.eAdapters().remove(adapter);
            }
        };
    }

    @Override
    public String toString() {
        return feature.getName() + " (by command)";
    }
}
