package org.retailerdesk.ui.tests;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Closes message boxes of a title as they appear (they are modal and would wait for a click), and
 * counts them, so a test can check it was told something.
 */
final class CloseMessages {

    private final Display display = Display.getCurrent();
    private final String title;
    private boolean running = true;
    private int closed;

    private CloseMessages(String title) {
        this.title = title;
    }

    static CloseMessages start(String title) {
        CloseMessages c = new CloseMessages(title);
        c.display.timerExec(50, c::close);
        return c;
    }

    private void close() {
        if (!running) {
            return;
        }
        for (Shell s : display.getShells()) {
            if (title.equals(s.getText()) && s.isVisible() && s.getParent() != null) {
                s.close();
                closed++;
            }
        }
        display.timerExec(50, this::close);
    }

    void stop() {
        running = false;
    }

    int closed() {
        return closed;
    }
}
