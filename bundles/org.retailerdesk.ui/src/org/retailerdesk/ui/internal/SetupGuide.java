package org.retailerdesk.ui.internal;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;

/**
 * The Overview of a centre that is not set up yet: service network, staff, brands, retailers. Each
 * step's button runs the command that opens its tool; each step ticks itself once the store holds
 * what it sets up (counted off the UI thread, again after every write of those kinds).
 */
public class SetupGuide extends Composite {

    /** The service network view's command (districts, departments, routes; staff; brands), by kind. */
    public static final String NETWORK_COMMAND = "org.retailerdesk.ui.network.show"; //$NON-NLS-1$
    public static final String NETWORK_KIND = "org.retailerdesk.ui.network.kind"; //$NON-NLS-1$
    public static final String IMPORT_COMMAND = "org.retailerdesk.ui.imports.importRetailers"; //$NON-NLS-1$
    /** Writes come in bursts (an import's chunks): the counts are read once the burst has paused this long. */
    private static final int REFRESH_DELAY_MILLIS = 300;
    private static final String TICK = "\u2714"; //$NON-NLS-1$
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    /** The four steps, in order: the command that opens each one's tool, and what it counts. */
    public enum Step {
        NETWORK(NETWORK_COMMAND, "district", Messages.Setup_network, Messages.Setup_networkHint, //$NON-NLS-1$
                Messages.Setup_networkAction, SetupState::networkDone,
                s -> NLS.bind(Messages.Setup_networkCount, new Object[] { NUMBER.format(s.districts()),
                        NUMBER.format(s.departments()), NUMBER.format(s.routes()) })),
        STAFF(NETWORK_COMMAND, "staff", Messages.Setup_staff, Messages.Setup_staffHint, Messages.Setup_staffAction, //$NON-NLS-1$
                SetupState::staffDone, s -> NLS.bind(Messages.Setup_staffCount, NUMBER.format(s.staff()))),
        BRANDS(NETWORK_COMMAND, "brand", Messages.Setup_brands, Messages.Setup_brandsHint, Messages.Setup_brandsAction, //$NON-NLS-1$
                SetupState::brandsDone, s -> NLS.bind(Messages.Setup_brandsCount, NUMBER.format(s.brands()))),
        RETAILERS(IMPORT_COMMAND, null, Messages.Setup_retailers, Messages.Setup_retailersHint, Messages.Setup_retailersAction,
                SetupState::retailersDone, s -> NLS.bind(Messages.Setup_retailersCount, NUMBER.format(s.retailers())));

        final String commandId;
        /** The value of {@link #NETWORK_KIND}, or null for a command without parameters. */
        final String kind;
        final String title;
        final String hint;
        final String action;
        final Predicate<SetupState> done;
        final Function<SetupState, String> count;

        Step(String commandId, String kind, String title, String hint, String action, Predicate<SetupState> done,
                Function<SetupState, String> count) {
            this.commandId = commandId;
            this.kind = kind;
            this.title = title;
            this.hint = hint;
            this.action = action;
            this.done = done;
            this.count = count;
        }
    }

    /** One step's widgets. */
    private record Row(Label tick, Label count, Button button) {
    }

    private final IWorkbenchPartSite site;
    private final Supplier<Store> store;
    private final Consumer<SetupState> onRead;
    private final Map<Step, Row> rows = new EnumMap<>(Step.class);
    private boolean refreshPending;
    private SetupState state;

    /**
     * @param site   the part it is shown in: its command and handler services run the steps
     * @param store  the store to count in (called off the UI thread)
     * @param onRead gets every new count, on the UI thread, e.g. to leave the guide once all is done
     */
    public SetupGuide(Composite parent, IWorkbenchPartSite site, Supplier<Store> store, Consumer<SetupState> onRead) {
        super(parent, SWT.NONE);
        this.site = site;
        this.store = store;
        this.onRead = onRead;
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 6).applyTo(this);
        Label title = new Label(this, SWT.NONE);
        title.setText(Messages.Setup_title);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(3, 1).applyTo(title);
        Label intro = new Label(this, SWT.WRAP);
        intro.setText(Messages.Setup_intro);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).indent(0, 0).applyTo(intro);
        int number = 1;
        for (Step step : Step.values()) {
            rows.put(step, row(step, number++));
        }
        StoreEvents.onChange(site, this, this::refreshSoon, SetupState.TYPES.toArray(Class[]::new));
    }

    private Row row(Step step, int number) {
        Label tick = new Label(this, SWT.CENTER);
        tick.setText(Integer.toString(number));
        tick.setFont(JFaceResources.getBannerFont());
        GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).hint(28, SWT.DEFAULT).indent(0, 10).applyTo(tick);
        Composite text = new Composite(this, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(text);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 10).applyTo(text);
        Label title = new Label(text, SWT.NONE);
        title.setText(step.title);
        title.setFont(JFaceResources.getBannerFont());
        Label hint = new Label(text, SWT.WRAP);
        hint.setText(step.hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hint);
        Label count = new Label(text, SWT.WRAP);
        count.setText("\u2026"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(count);
        Button button = new Button(this, SWT.PUSH);
        button.setText(step.action);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).indent(0, 10).applyTo(button);
        button.addListener(SWT.Selection, e -> run(step));
        return new Row(tick, count, button);
    }

    /** Counts again, off the UI thread, and shows the counts when they come. */
    public void refresh() {
        UiJob.of(Messages.Setup_reading, monitor -> SetupState.read(store.get())).owner(this).onDone(this::show)
                .schedule();
    }

    private void refreshSoon() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        getDisplay().timerExec(REFRESH_DELAY_MILLIS, () -> {
            refreshPending = false;
            if (!isDisposed()) {
                refresh();
            }
        });
    }

    private void show(SetupState s) {
        state = s;
        int number = 1;
        for (Step step : Step.values()) {
            Row row = rows.get(step);
            boolean done = step.done.test(s);
            row.tick().setText(done ? TICK : Integer.toString(number));
            row.tick().setForeground(done ? getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN) : null);
            row.count().setText(step.count.apply(s));
            ParameterizedCommand command = command(step);
            row.button().setEnabled(command != null);
            row.button().setToolTipText(command != null ? null : NLS.bind(Messages.Setup_notInstalled, step.commandId));
            number++;
        }
        layout(true, true);
        onRead.accept(s);
    }

    /** The step's command with its parameter, or null when no installed plug-in defines it. */
    private ParameterizedCommand command(Step step) {
        Command command = site.getService(ICommandService.class).getCommand(step.commandId);
        if (!command.isDefined()) {
            return null;
        }
        return ParameterizedCommand.generateCommand(command, step.kind == null ? Map.of() : Map.of(NETWORK_KIND, step.kind));
    }

    private void run(Step step) {
        ParameterizedCommand command = command(step);
        if (command == null) {
            return;
        }
        try {
            site.getService(IHandlerService.class).executeCommand(command, null);
        } catch (CommandException e) {
            StatusManager.getManager().handle(Status.error(NLS.bind(Messages.Setup_failed, step.title, e.getMessage()), e),
                    StatusManager.LOG | StatusManager.SHOW);
        }
    }

    /** The last counts shown, or null before the first. */
    public SetupState state() {
        return state;
    }

    /** For tests: whether the step shows its tick. */
    public boolean ticked(Step step) {
        return TICK.equals(rows.get(step).tick().getText());
    }

    /** For tests: the step's button. */
    public Button button(Step step) {
        return rows.get(step).button();
    }

    /** For tests: what the step counts, as shown. */
    public String countText(Step step) {
        return rows.get(step).count().getText();
    }
}
