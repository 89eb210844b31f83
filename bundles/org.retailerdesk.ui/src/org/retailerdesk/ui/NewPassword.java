package org.retailerdesk.ui;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.store.Users;
import org.retailerdesk.ui.internal.Messages;

/**
 * A new password typed twice, as every dialog that sets one asks for it (the first administrator,
 * a new user, a reset, one's own change): two rows of a two-column grid, checked against the
 * store's minimum length and against each other before the store is asked.
 */
public final class NewPassword {

    private final Label firstLabel;
    private final Text first;
    private final Label repeatLabel;
    private final Text repeat;

    /**
     * @param grid    a composite with a two-column {@code GridLayout}
     * @param label   the first row's label, e.g. 新密码
     * @param changed called on each keystroke in either field
     */
    public NewPassword(Composite grid, String label, Runnable changed) {
        firstLabel = label(grid, label);
        first = field(grid, changed);
        repeatLabel = label(grid, Messages.Password_repeat);
        repeat = field(grid, changed);
    }

    private static Label label(Composite grid, String text) {
        Label l = new Label(grid, SWT.NONE);
        l.setText(text);
        return l;
    }

    private static Text field(Composite grid, Runnable changed) {
        Text t = new Text(grid, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> changed.run());
        return t;
    }

    /** @return why the password cannot be taken yet, or null when it can */
    public String problem() {
        if (first.getCharCount() == 0) {
            return Messages.Password_missing;
        }
        if (first.getCharCount() < Users.MIN_PASSWORD_LENGTH) {
            return NLS.bind(Messages.Password_short, Users.MIN_PASSWORD_LENGTH);
        }
        char[] a = first.getTextChars();
        char[] b = repeat.getTextChars();
        try {
            if (b.length == 0) {
                return Messages.Password_repeatMissing;
            }
            return Arrays.equals(a, b) ? null : Messages.Password_mismatch;
        } finally {
            Arrays.fill(a, '\0');
            Arrays.fill(b, '\0');
        }
    }

    /** @return true once something was typed: before, a dialog need not show {@link #problem()} as an error */
    public boolean typed() {
        return first.getCharCount() > 0 || repeat.getCharCount() > 0;
    }

    /** @return the password; the caller clears the array after use */
    public char[] password() {
        return first.getTextChars();
    }

    /** Shows or hides both rows (the sign-in dialog needs them only to create the administrator). */
    public void setVisible(boolean visible) {
        for (Control c : new Control[] { firstLabel, first, repeatLabel, repeat }) {
            c.setVisible(visible);
            Object data = c.getLayoutData();
            if (!(data instanceof GridData)) {
                data = new GridData();
                c.setLayoutData(data);
            }
            ((GridData) data).exclude = !visible;
        }
    }

    /** Empties both fields (after a refusal, or once used). */
    public void clear() {
        first.setText(""); //$NON-NLS-1$
        repeat.setText(""); //$NON-NLS-1$
    }

    /** For tests: types both fields. */
    public void fill(String password, String repeated) {
        first.setText(password);
        repeat.setText(repeated);
    }

    /** The first field, e.g. to give it the focus. */
    public Text field() {
        return first;
    }
}
