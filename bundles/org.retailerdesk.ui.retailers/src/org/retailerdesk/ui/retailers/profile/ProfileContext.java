package org.retailerdesk.ui.retailers.profile;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;

/** What a {@link ProfilePage} gets from the profile editor. All methods are for the UI thread. */
public interface ProfileContext {

    /**
     * The retailer as edited: a working copy of the stored one. Change it only through commands
     * on {@link #editingDomain()} (or fields made by {@link #field}); read it freely.
     */
    Retailer retailer();

    /** The editor's editing domain; its command stack gives undo, redo and the dirty marker. */
    EditingDomain editingDomain();

    /** The editor's data binding context; bindings in it are disposed with the editor. */
    DataBindingContext bindingContext();

    /** The toolkit to make widgets in the editor's look with. */
    FormToolkit toolkit();

    /**
     * Adds a label and an editing widget for one of the retailer's own fields to {@code parent}
     * (which must have a two-column {@code GridLayout}), bound so that each edit is one command:
     * text for strings, numbers and dates (yyyy-MM-dd), a check box for yes/no, a drop-down for
     * enumerations and for references to the centre's districts, market departments, staff (of
     * the matching role) and delivery routes. The problems of the field are shown beside it and
     * the Problems view can take the user to it.
     *
     * @return the editing widget
     */
    Control field(Composite parent, EStructuralFeature feature);

    /**
     * Reads the records of a type that belong to the retailer (visits, operating records, ...) in
     * a Job, and hands them to {@code onLoaded} on the UI thread, unless the editor was closed
     * meanwhile. A failure is logged and shown in the editor's header.
     */
    <T extends Entity> void read(Class<T> type, Consumer<List<T>> onLoaded);
}
