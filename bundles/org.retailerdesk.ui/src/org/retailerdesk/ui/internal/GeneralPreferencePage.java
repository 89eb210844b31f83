package org.retailerdesk.ui.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.retailerdesk.ui.internal.UiPreferences.Language;

/** RetailerDesk ▸ General: the workbench's language, from the next start on. */
public class GeneralPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.retailerdesk.ui.preferences.general"; //$NON-NLS-1$

    private final Map<Language, Button> languages = new EnumMap<>(Language.class);

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_generalDescription);
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return UiPreferences.store();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        Group group = new Group(page, SWT.NONE);
        group.setText(Messages.Preferences_language);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        // each language in its own words, so that someone who cannot read the current one finds theirs
        languages.put(Language.CHINESE, radio(group, "\u4e2d\u6587\uff08\u7b80\u4f53\uff09")); //$NON-NLS-1$
        languages.put(Language.ENGLISH, radio(group, "English")); //$NON-NLS-1$
        // the JVM's own locale property still says what the system has (-nl changes only the default locale)
        String system = Locale.of(System.getProperty("user.language", "")).getDisplayLanguage(); //$NON-NLS-1$ //$NON-NLS-2$
        languages.put(Language.SYSTEM, radio(group, NLS.bind(Messages.Preferences_languageSystem, system)));
        Label note = new Label(page, SWT.WRAP);
        note.setText(Messages.Preferences_languageNextStart);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(note);
        select(Language.of(getPreferenceStore().getString(UiPreferences.LANGUAGE)));
        return page;
    }

    private static Button radio(Composite parent, String text) {
        Button b = new Button(parent, SWT.RADIO);
        b.setText(text);
        return b;
    }

    private void select(Language language) {
        languages.forEach((l, b) -> b.setSelection(l == language));
    }

    /** The language chosen on the page. */
    public Language language() {
        return languages.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
                .orElse(Language.SYSTEM);
    }

    /** For tests: choose a language as a click on its button does. */
    public void choose(Language language) {
        select(language);
    }

    @Override
    protected void performDefaults() {
        select(Language.of(getPreferenceStore().getDefaultString(UiPreferences.LANGUAGE)));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        getPreferenceStore().setValue(UiPreferences.LANGUAGE, language().nl);
        return true;
    }
}
