package org.retailerdesk.ui.retailers.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.ui.retailers.profile.ProfileContext;

/** What one page of a {@link ProfileEditor} works with; makes the bound fields. */
final class PageContext implements ProfileContext {

    /** Typing is committed as one command after this pause, or when the field loses focus. */
    static final int TYPING_DELAY_MS = 400;
    /** The empty choice of an optional drop-down (viewers cannot show null). */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return Messages.Value_none;
        }
    };

    private final ProfileEditor editor;
    private final IManagedForm form;

    PageContext(ProfileEditor editor, IManagedForm form) {
        this.editor = editor;
        this.form = form;
    }

    IManagedForm form() {
        return form;
    }

    /** The editor the page is in, for the built-in pages that need more than a contributed one gets. */
    ProfileEditor editor() {
        return editor;
    }

    @Override
    public Retailer retailer() {
        return editor.retailer();
    }

    @Override
    public EditingDomain editingDomain() {
        return editor.editingDomain();
    }

    @Override
    public DataBindingContext bindingContext() {
        return editor.bindingContext();
    }

    @Override
    public FormToolkit toolkit() {
        return form.getToolkit();
    }

    @Override
    public <T extends Entity> void read(Class<T> type, Consumer<List<T>> onLoaded) {
        editor.read(type, onLoaded);
    }

    @Override
    public Control field(Composite parent, EStructuralFeature feature) {
        if (!feature.getEContainingClass().isSuperTypeOf(retailer().eClass())) {
            throw new IllegalArgumentException(feature + " is no field of a retailer");
        }
        FormToolkit toolkit = toolkit();
        String label = ModelLabels.label(feature) + (feature.isRequired() ? " *" : "");
        Label caption = toolkit.createLabel(parent, label);
        caption.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        IObservableValue<Object> model = new CommandValueProperty(editingDomain(), feature).observe(retailer());
        Control control;
        Binding binding;
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            Button check = toolkit.createButton(parent, "", SWT.CHECK);
            binding = bindingContext().bindValue(WidgetProperties.buttonSelection().observe(check), model);
            control = check;
        } else if (feature.getEType() instanceof EEnum eEnum) {
            ComboViewer viewer = combo(parent, feature, eEnum.getELiterals().stream().map(l -> (Object) l.getInstance()).toList());
            binding = bindChoice(viewer, model);
            control = viewer.getControl();
        } else if (feature instanceof EReference reference && References.offers(reference)) {
            ComboViewer viewer = combo(parent, feature, editor.references().choices(reference, (Entity) retailer().eGet(reference)));
            binding = bindChoice(viewer, model);
            control = viewer.getControl();
        } else if (feature instanceof EAttribute && Values.isTyped(type)) {
            Text text = toolkit.createText(parent, "", SWT.SINGLE);
            binding = bindText(text, feature, model);
            control = text;
        } else {
            throw new IllegalArgumentException(feature + " cannot be edited in a profile page");
        }
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 160;
        control.setLayoutData(data);
        // parse errors of typed text beside the field; the model's own problems come from the editor
        ControlDecorationSupport.create(binding, SWT.TOP | SWT.RIGHT);
        editor.fieldCreated(feature, control, this, binding);
        return control;
    }

    private ComboViewer combo(Composite parent, EStructuralFeature feature, List<?> values) {
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<Object> choices = new ArrayList<>();
        if (!feature.isRequired()) {
            choices.add(NONE);
        }
        choices.addAll(values);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NONE ? NONE.toString() : Values.format(element);
            }
        });
        viewer.setComparer(BY_ID);
        viewer.setInput(choices);
        toolkit().adapt(viewer.getCombo(), true, false);
        viewer.getCombo().setVisibleItemCount(Math.min(20, choices.size()));
        return viewer;
    }

    private Binding bindChoice(ComboViewer viewer, IObservableValue<Object> model) {
        IConverter<Object, Object> toModel = IConverter.create(o -> o == NONE ? null : o);
        IConverter<Object, Object> toTarget = IConverter.create(o -> o == null ? NONE : o);
        return bindingContext().bindValue(ViewerProperties.singleSelection().observe(viewer), model,
                UpdateValueStrategy.create(toModel), UpdateValueStrategy.create(toTarget));
    }

    private Binding bindText(Text text, EStructuralFeature feature, IObservableValue<Object> model) {
        IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY_MS, text);
        UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<String, Object>()
                .setAfterGetValidator(s -> {
                    try {
                        Values.parse(s, feature);
                        return ValidationStatus.ok();
                    } catch (IllegalArgumentException e) {
                        return ValidationStatus.error(e.getMessage());
                    }
                })
                .setConverter(IConverter.create(String.class, Object.class, s -> Values.parse(s, feature)));
        UpdateValueStrategy<Object, String> toTarget = UpdateValueStrategy
                .create(IConverter.create(Object.class, String.class, Values::format));
        return bindingContext().bindValue(target, model, toModel, toTarget);
    }

    /** Entities are the same choice if they are the same row, whichever copy of it the viewer holds. */
    private static final IElementComparer BY_ID = new IElementComparer() {
        @Override
        public boolean equals(Object a, Object b) {
            return a instanceof Entity x && b instanceof Entity y ? References.same(x, y) : a == b;
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof Entity e ? Long.hashCode(e.getId()) : System.identityHashCode(element);
        }
    };
}
