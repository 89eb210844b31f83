package org.retailerdesk.ui.retailers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;

/**
 * The filters above the retailer list. Every change calls {@code onChange}; {@link #apply} turns
 * the filters into a query. The reference lists come later, from {@link #setNetwork}.
 */
final class FilterBar {

    private static final int MIN_GRADE = 1;
    private static final int MAX_GRADE = 30;

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

        void setValues(List<T> newValues) {
            values = List.copyOf(newValues);
            List<String> items = new ArrayList<>(List.of(any));
            values.forEach(v -> items.add(label.apply(v)));
            combo.setItems(items.toArray(String[]::new));
            combo.select(0);
        }

        T selected() {
            int i = combo.getSelectionIndex();
            return i <= 0 ? null : values.get(i - 1);
        }

        /** Selects the entity with that entity's id, or "any" for null or an entity not offered. */
        void select(Entity entity) {
            int index = 0;
            for (int i = 0; entity != null && i < values.size(); i++) {
                if (values.get(i) instanceof Entity e && e.getId() == entity.getId()) {
                    index = i + 1;
                }
            }
            combo.select(index);
        }
    }

    private final Composite bar;
    private final Text text;
    private final Spinner minGrade;
    private final Spinner maxGrade;
    private final Choice<District> district;
    private final Choice<MarketDepartment> department;
    private final Choice<Staff> manager;
    private final Choice<BusinessFormat> format;
    private final Choice<MarketType> marketType;
    private final Button householdsOnly;
    private final Label count;

    FilterBar(Composite parent, Runnable onChange) {
        bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.wrap = true;
        layout.spacing = 6;
        bar.setLayout(layout);

        text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage(Messages.Retailers_searchHint);
        text.setLayoutData(new RowData(220, SWT.DEFAULT));
        text.addModifyListener(e -> onChange.run());

        new Label(bar, SWT.NONE).setText(Messages.Retailers_grades);
        minGrade = grade(MIN_GRADE, onChange);
        new Label(bar, SWT.NONE).setText(Messages.Retailers_gradesTo);
        maxGrade = grade(MAX_GRADE, onChange);

        district = new Choice<>(bar, Messages.Retailers_allDistricts, District::getName, onChange);
        department = new Choice<>(bar, Messages.Retailers_allDepartments, MarketDepartment::getName, onChange);
        manager = new Choice<>(bar, Messages.Retailers_allManagers, Staff::getName, onChange);
        format = new Choice<>(bar, Messages.Retailers_allFormats, FilterBar::label, onChange);
        format.setValues(BusinessFormat.VALUES);
        marketType = new Choice<>(bar, Messages.Retailers_allMarketTypes, FilterBar::label, onChange);
        marketType.setValues(MarketType.VALUES);

        householdsOnly = new Button(bar, SWT.CHECK);
        householdsOnly.setText(Messages.Retailers_householdsOnly);
        householdsOnly.addListener(SWT.Selection, e -> onChange.run());

        count = new Label(bar, SWT.NONE);
        count.setText(Messages.Retailers_counting);
    }

    private Spinner grade(int value, Runnable onChange) {
        Spinner spinner = new Spinner(bar, SWT.BORDER);
        spinner.setValues(value, MIN_GRADE, MAX_GRADE, 0, 1, 5);
        spinner.addListener(SWT.Modify, e -> onChange.run());
        return spinner;
    }

    private static String label(Enumerator literal) {
        return ModelLabels.valueLabel(literal);
    }

    Composite control() {
        return bar;
    }

    void setNetwork(ServiceNetwork network) {
        district.setValues(network.districts());
        department.setValues(network.departments());
        manager.setValues(network.managers());
        bar.requestLayout();
    }

    /** Narrows to a place in the service network (null: the whole centre); other filters stay. */
    void narrowTo(NavigatorView.Node node) {
        district.select(node == null ? null : node.find(District.class));
        department.select(node == null ? null : node.find(MarketDepartment.class));
        manager.select(node == null ? null : node.find(Staff.class));
    }

    RetailerQuery apply(RetailerQuery query) {
        int min = minGrade.getSelection();
        int max = maxGrade.getSelection();
        return query.withText(text.getText())
                .withGrades(min == MIN_GRADE ? null : min, max == MAX_GRADE ? null : max)
                .withDistrict(id(district.selected()))
                .withMarketDepartment(id(department.selected()))
                .withCustomerManager(id(manager.selected()))
                .withBusinessFormat(format.selected())
                .withMarketType(marketType.selected())
                .withPriorityHousehold(householdsOnly.getSelection() ? Boolean.TRUE : null);
    }

    private static Long id(Entity entity) {
        return entity == null ? null : entity.getId();
    }

    void showCount(String message) {
        count.setText(message);
        count.requestLayout();
    }

    /** For tests: the search text. */
    Text text() {
        return text;
    }

    String countText() {
        return count.getText();
    }
}
