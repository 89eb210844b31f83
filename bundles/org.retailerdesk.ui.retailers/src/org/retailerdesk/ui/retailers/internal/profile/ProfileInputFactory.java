package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/** Brings back the profile editors that were open when the workbench was closed. */
public class ProfileInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        return ProfileEditorInput.restore(memento);
    }
}
