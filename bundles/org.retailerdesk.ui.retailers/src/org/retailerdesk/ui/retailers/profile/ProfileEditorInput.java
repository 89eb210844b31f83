package org.retailerdesk.ui.retailers.profile;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.ui.retailers.internal.profile.Messages;

/**
 * Opens the profile editor on one retailer, known by its id: the editor reads the retailer
 * itself. Shop name and customer code only name the editor until it has read it. The input is
 * saved with the workbench, so open profiles come back after a restart.
 */
public final class ProfileEditorInput implements IEditorInput, IPersistableElement {

    /** Id of the profile editor. */
    public static final String EDITOR_ID = "org.retailerdesk.ui.retailers.profile.editor";
    /** Id of the element factory that restores inputs. */
    public static final String FACTORY_ID = "org.retailerdesk.ui.retailers.profile.inputFactory";
    static final String KEY_ID = "retailerId";
    static final String KEY_NAME = "shopName";
    static final String KEY_CODE = "customerCode";

    private final long retailerId;
    private final String shopName;
    private final String customerCode;

    public ProfileEditorInput(long retailerId, String shopName, String customerCode) {
        this.retailerId = retailerId;
        this.shopName = shopName == null ? "" : shopName;
        this.customerCode = customerCode == null ? "" : customerCode;
    }

    public static ProfileEditorInput of(Retailer retailer) {
        return new ProfileEditorInput(retailer.getId(), retailer.getShopName(), retailer.getCustomerCode());
    }

    /** The input a memento written by {@link #saveState} describes, or null if it names none. */
    public static ProfileEditorInput restore(IMemento memento) {
        String id = memento.getString(KEY_ID);
        if (id == null) {
            return null;
        }
        try {
            return new ProfileEditorInput(Long.parseLong(id), memento.getString(KEY_NAME), memento.getString(KEY_CODE));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public long retailerId() {
        return retailerId;
    }

    @Override
    public String getName() {
        return NLS.bind(Messages.Profile_title, shopName, customerCode);
    }

    @Override
    public String getToolTipText() {
        return NLS.bind(Messages.Profile_tooltip, new Object[] { shopName, customerCode, retailerId });
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_ID, Long.toString(retailerId));
        memento.putString(KEY_NAME, shopName);
        memento.putString(KEY_CODE, customerCode);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** One editor per retailer: inputs of the same retailer are equal whatever name they carry. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProfileEditorInput input && input.retailerId == retailerId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(retailerId);
    }
}
