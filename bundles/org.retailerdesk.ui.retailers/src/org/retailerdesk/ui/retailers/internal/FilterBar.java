package org.retailerdesk.ui.retailers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;

/**
 * The filters above the retailer list. Every change calls {@code onChange}; {@link #apply} turns
 * the filters into a query. The reference lists come later, from {@link #setNetwork}; the
 * drop-downs narrow each other (a district offers only its market departments, a department only
 * its managers and routes). Filters can be saved by name and chosen again after a restart.
 */
public final class FilterBar {

    /** A drop-down whose first item means "any"; the others stand for {@code values}. */
    private static final class Choice<T> {
        final Combo combo;
        final String any;
        final Function<T, String> label;
        List<T> values = List.of();

        Choice(Composite parent, String any, Function<T, String> label, Runnable onChange) {
            this.combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            this.any = any;
            this.label = label;
            combo.setVisibleItemCount(20);
            setValues(List.of());
            combo.addListener(SWT.Selection, e -> onChange.run());
        }

        /** Offers new values, keeping the selected one when it is still offered. */
        void setValues(List<T> newValues) {
            T kept = selected();
            values = List.copyOf(newValues);
            List<String> items = new ArrayList<>(List.of(any));
            values.forEach(v -> items.add(label.apply(v)));
            combo.setItems(items.toArray(String[]::new));
            combo.select(indexOf(kept));
        }

        /** The item of that value (entities by id), or 0 ("any") if it is null or not offered. */
        int indexOf(Object value) {
            for (int i = 0; value != null && i < values.size(); i++) {
                T v = values.get(i);
                if (v instanceof Entity e && value instanceof Entity other ? e.getId() == other.getId() : v.equals(value)) {
                    return i + 1;
                }
            }
            return 0;
        }

        void select(Object value) {
            combo.select(indexOf(value));
        }

        T selected() {
            int i = combo.getSelectionIndex();
            return i <= 0 || i > values.size() ? null : values.get(i - 1);
        }

        /** Selects the entity with that id, or "any" for null or an id not offered. */
        void selectId(Long id) {
            int index = 0;
            for (int i = 0; id != null && i < values.size(); i++) {
                if (values.get(i) instanceof Entity e && e.getId() == id) {
                    index = i + 1;
                }
            }
            combo.select(index);
        }
    }

    private final Composite bar;
    private final Runnable onChange;
    private final Text text;
    private final Spinner minGrade;
    private final Spinner maxGrade;
    private final Choice<District> district;
    private final Choice<MarketDepartment> department;
    private final Choice<Staff> manager;
    private final Choice<DeliveryRoute> route;
    private final Choice<BusinessFormat> format;
    private final Choice<MarketType> marketType;
    private final Button householdsOnly;
    private final Choice<StatusChoice> status;
    private final Combo saved;
    private final Label count;
    private final SavedFilters savedFilters = new SavedFilters();
    private ServiceNetwork network;
    /** A state chosen before the reference lists arrived; applied when they do. */
    private FilterState pending;
    /** Set while the bar changes its own controls, so that they report one change, not many. */
    private boolean restoring;

    FilterBar(Composite parent, Runnable onChange) {
        this.onChange = onChange;
        bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.wrap = true;
        layout.spacing = 6;
        bar.setLayout(layout);

        text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage(Messages.Retailers_searchHint);
        text.setLayoutData(new RowData(220, SWT.DEFAULT));
        text.addModifyListener(e -> changed());

        new Label(bar, SWT.NONE).setText(Messages.Retailers_grades);
        minGrade = grade(FilterState.MIN_GRADE);
        new Label(bar, SWT.NONE).setText(Messages.Retailers_gradesTo);
        maxGrade = grade(FilterState.MAX_GRADE);

        district = new Choice<>(bar, Messages.Retailers_allDistricts, District::getName, this::cascadeAndChange);
        department = new Choice<>(bar, Messages.Retailers_allDepartments, MarketDepartment::getName,
                this::cascadeAndChange);
        manager = new Choice<>(bar, Messages.Retailers_allManagers, Staff::getName, this::changed);
        route = new Choice<>(bar, Messages.Retailers_allRoutes, DeliveryRoute::getName, this::changed);
        format = new Choice<>(bar, Messages.Retailers_allFormats, FilterBar::label, this::changed);
        format.setValues(BusinessFormat.VALUES);
        marketType = new Choice<>(bar, Messages.Retailers_allMarketTypes, FilterBar::label, this::changed);
        marketType.setValues(MarketType.VALUES);

        householdsOnly = new Button(bar, SWT.CHECK);
        householdsOnly.setText(Messages.Retailers_householdsOnly);
        householdsOnly.addListener(SWT.Selection, e -> changed());

        // "any" stands for the retailers in business, the list's default; the others are asked for
        status = new Choice<>(bar, StatusChoice.IN_BUSINESS.label(), StatusChoice::label, this::changed);
        status.setValues(List.of(StatusChoice.SUSPENDED, StatusChoice.CANCELLED, StatusChoice.OUT_OF_BUSINESS,
                StatusChoice.ALL));
        status.combo.setToolTipText(Messages.Retailers_statusTip);

        saved = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        saved.setToolTipText(Messages.Retailers_savedFiltersTip);
        saved.addListener(SWT.Selection, e -> chooseSaved());
        Button save = new Button(bar, SWT.PUSH);
        save.setText(Messages.Retailers_saveFilter);
        save.addListener(SWT.Selection, e -> askAndSave());
        Button delete = new Button(bar, SWT.PUSH);
        delete.setText(Messages.Retailers_deleteFilter);
        delete.addListener(SWT.Selection, e -> deleteChosen());
        showSaved(null);

        count = new Label(bar, SWT.NONE);
        // wide enough for any count, so a new count needs no new layout (which measures every drop-down)
        GC gc = new GC(count);
        try {
            String widest = NLS.bind(Messages.Retailers_count, "000,000,000") + Messages.Retailers_typeMore; //$NON-NLS-1$
            count.setLayoutData(new RowData(gc.textExtent(widest).x + 8, SWT.DEFAULT));
        } finally {
            gc.dispose();
        }
        count.setText(Messages.Retailers_counting);
    }

    private Spinner grade(int value) {
        Spinner spinner = new Spinner(bar, SWT.BORDER);
        spinner.setValues(value, FilterState.MIN_GRADE, FilterState.MAX_GRADE, 0, 1, 5);
        spinner.addListener(SWT.Modify, e -> changed());
        return spinner;
    }

    private static String label(Enumerator literal) {
        return ModelLabels.valueLabel(literal);
    }

    private void changed() {
        if (!restoring) {
            onChange.run();
        }
    }

    private void cascadeAndChange() {
        cascade();
        changed();
    }

    /** Offers the departments of the chosen district, the managers and routes of the chosen department. */
    private void cascade() {
        if (network == null) {
            return;
        }
        District inDistrict = district.selected();
        department.setValues(network.departmentsOf(inDistrict));
        MarketDepartment chosen = department.selected();
        // a centre has thousands of managers and routes: too many to offer, and GTK measures every item
        offer(manager, inDistrict == null && chosen == null ? List.of() : network.managersOf(inDistrict, chosen),
                Messages.Retailers_chooseDistrictFirst);
        offer(route, chosen == null ? List.of() : network.routesOf(inDistrict, chosen),
                Messages.Retailers_chooseDepartmentFirst);
        bar.requestLayout();
    }

    private static <T> void offer(Choice<T> choice, List<T> values, String whyNone) {
        choice.setValues(values);
        choice.combo.setEnabled(!values.isEmpty());
        choice.combo.setToolTipText(values.isEmpty() ? whyNone : null);
    }

    Composite control() {
        return bar;
    }

    void setNetwork(ServiceNetwork newNetwork) {
        network = newNetwork;
        district.setValues(network.districts());
        cascade();
        if (pending != null) {
            restore(pending);
        }
    }

    /** Narrows to a place in the service network (null: the whole centre); other filters stay. */
    void narrowTo(NavigatorView.Node node) {
        FilterState now = state();
        restore(new FilterState(now.text(), now.minGrade(), now.maxGrade(), id(node, District.class),
                id(node, MarketDepartment.class), id(node, Staff.class), id(node, DeliveryRoute.class), now.format(),
                now.marketType(), now.householdsOnly(), now.status()));
    }

    private static Long id(NavigatorView.Node node, Class<? extends Entity> type) {
        Entity entity = node == null ? null : node.find(type);
        return entity == null ? null : entity.getId();
    }

    public FilterState state() {
        if (pending != null) {
            return pending;
        }
        return new FilterState(text.getText(), minGrade.getSelection(), maxGrade.getSelection(), id(district.selected()),
                id(department.selected()), id(manager.selected()), id(route.selected()), format.selected(),
                marketType.selected(), householdsOnly.getSelection(),
                status.selected() == null ? StatusChoice.IN_BUSINESS : status.selected());
    }

    /** Sets every filter to the state, then reports one change. */
    public void restore(FilterState state) {
        restoring = true;
        try {
            text.setText(state.text());
            minGrade.setSelection(state.minGrade());
            maxGrade.setSelection(state.maxGrade());
            format.select(state.format());
            marketType.select(state.marketType());
            householdsOnly.setSelection(state.householdsOnly());
            status.select(state.status());
            if (network == null) {
                pending = state;
            } else {
                pending = null;
                district.selectId(state.districtId());
                cascade();
                department.selectId(state.departmentId());
                cascade();
                manager.selectId(state.managerId());
                route.selectId(state.routeId());
            }
        } finally {
            restoring = false;
        }
        onChange.run();
    }

    RetailerQuery apply(RetailerQuery query) {
        return state().apply(query);
    }

    private static Long id(Entity entity) {
        return entity == null ? null : entity.getId();
    }

    /** Lists the saved filters, the first item inviting a choice; selects {@code name} if given. */
    private void showSaved(String name) {
        List<String> items = new ArrayList<>(List.of(Messages.Retailers_savedFilters));
        items.addAll(savedFilters.all().keySet());
        saved.setItems(items.toArray(String[]::new));
        saved.select(Math.max(0, items.indexOf(name)));
        bar.requestLayout();
    }

    private String chosenName() {
        return saved.getSelectionIndex() <= 0 ? null : saved.getItem(saved.getSelectionIndex());
    }

    private void chooseSaved() {
        String name = chosenName();
        FilterState state = name == null ? null : savedFilters.all().get(name);
        if (state != null) {
            restore(state);
        }
    }

    private void askAndSave() {
        InputDialog ask = new InputDialog(bar.getShell(), Messages.Retailers_saveFilterTitle,
                Messages.Retailers_saveFilterPrompt, chosenName(),
                name -> name.isBlank() ? Messages.Retailers_saveFilterEmpty : null);
        if (ask.open() != Window.OK) {
            return;
        }
        String name = ask.getValue().strip();
        if (savedFilters.contains(name) && !MessageDialog.openQuestion(bar.getShell(), Messages.Retailers_saveFilterTitle,
                NLS.bind(Messages.Retailers_saveFilterReplace, name))) {
            return;
        }
        saveAs(name);
    }

    /** Saves the filters on screen under that name; a failure is shown, never lost in silence. */
    public void saveAs(String name) {
        try {
            savedFilters.save(name, state());
            showSaved(name);
        } catch (BackingStoreException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            MessageDialog.openError(bar.getShell(), Messages.Retailers_saveFilterTitle,
                    NLS.bind(Messages.Retailers_saveFilterFailed, name, e.getMessage()));
        }
    }

    private void deleteChosen() {
        String name = chosenName();
        if (name == null || !MessageDialog.openQuestion(bar.getShell(), Messages.Retailers_deleteFilter,
                NLS.bind(Messages.Retailers_deleteFilterConfirm, name))) {
            return;
        }
        try {
            savedFilters.remove(name);
            showSaved(null);
        } catch (BackingStoreException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            MessageDialog.openError(bar.getShell(), Messages.Retailers_deleteFilter,
                    NLS.bind(Messages.Retailers_saveFilterFailed, name, e.getMessage()));
        }
    }

    /** Chooses a saved filter by name, as picking it from the list does. */
    public void choose(String name) {
        showSaved(name);
        chooseSaved();
    }

    public Map<String, FilterState> saved() {
        return savedFilters.all();
    }

    void showCount(String message) {
        count.setText(message);
    }

    /** For tests: the market departments, managers and routes offered now. */
    public List<List<? extends Entity>> offered() {
        return List.of(department.values, manager.values, route.values);
    }

    /** For tests: the search text. */
    Text text() {
        return text;
    }

    String countText() {
        return count.getText();
    }
}
