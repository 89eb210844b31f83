package org.retailerdesk.ui.network.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.IParameterValues;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.network.NetworkKind;

/** The values of the show command's kind parameter: each kind's label, and its id as the value. */
public class KindParameterValues implements IParameterValues {

    @Override
    public Map<String, String> getParameterValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (NetworkKind kind : NetworkKind.values()) {
            values.put(ModelLabels.label(kind.eClass()), kind.id());
        }
        return values;
    }
}
