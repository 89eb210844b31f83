package org.retailerdesk.ui.retailers.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.swt.widgets.Display;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.ui.StoreAccess;

/**
 * The rows of one retailer query as the table sees them: every matching row exists, but only a few
 * pages are held. A row not held is blank until its page, fetched by one loader Job, arrives;
 * then {@code onPageLoaded} redraws. So 500 000 retailers scroll without being read at once.
 * <p>
 * Everything but the loader runs on the UI thread. Each query has a generation number; pages
 * read for an older query are dropped when they arrive.
 */
public final class RetailerPages implements IRowDataProvider<Retailer> {

    static final int PAGE_SIZE = 200;
    /** Enough for a tall screen and the pages above and below it. */
    private static final int CACHED_PAGES = 8;
    /** Fast scrolling asks for pages it has already left behind; only the latest few are read. */
    private static final int QUEUED_PAGES = 3;

    private record Request(long generation, RetailerQuery query, int page) {
    }

    private final Display display;
    private final Runnable onPageLoaded;
    private final Map<Integer, List<Retailer>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Retailer>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    /** Pages asked for and not yet being read, newest last; guards itself and {@link #loading}. */
    private final Deque<Request> wanted = new ArrayDeque<>();
    /** Pages being read or read and not yet shown, so a repaint meanwhile does not ask again. */
    private final Set<Request> loading = new HashSet<>();
    private final Job loader = Job.create(Messages.Retailers_loadingPage, this::loadWanted);

    private RetailerQuery query = RetailerQuery.all();
    private long generation;
    private int total;
    private Set<Long> households = Set.of();

    RetailerPages(Display display, Runnable onPageLoaded) {
        this.display = display;
        this.onPageLoaded = onPageLoaded;
        loader.setSystem(true);
    }

    /**
     * Shows the result of a new query, of which the first page has been read already.
     *
     * @param rowCount the query's count, or as many rows as are known until it comes ({@link #setTotal})
     */
    void reset(RetailerQuery newQuery, List<Retailer> firstPage, long rowCount) {
        generation++;
        query = newQuery;
        setTotal(rowCount);
        pages.clear();
        synchronized (wanted) {
            wanted.clear();
            loading.clear();
        }
        pages.put(0, firstPage);
    }

    /** The query's count, come after its first page. */
    void setTotal(long rowCount) {
        total = (int) Math.min(Integer.MAX_VALUE, rowCount);
    }

    void setHouseholds(Set<Long> retailerIds) {
        households = retailerIds;
    }

    /** The query shown, its page being the first. */
    public RetailerQuery query() {
        return query;
    }

    /** The query's first page, as a query for it. */
    static RetailerQuery firstPage(RetailerQuery query) {
        return query.page(0, PAGE_SIZE);
    }

    @Override
    public int getColumnCount() {
        return RetailerColumn.values().length;
    }

    @Override
    public int getRowCount() {
        return total;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        Retailer retailer = getRowObject(rowIndex);
        return retailer == null ? null : RetailerColumn.values()[columnIndex].value(retailer, households);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("the retailer list is read-only"); //$NON-NLS-1$
    }

    /** @return the retailer of that row, or null while its page is being read */
    @Override
    public Retailer getRowObject(int rowIndex) {
        Retailer retailer = loadedRow(rowIndex);
        if (retailer == null && rowIndex >= 0 && rowIndex < total) {
            request(rowIndex / PAGE_SIZE);
        }
        return retailer;
    }

    /** @return the retailer of that row if its page is held, else null; reads nothing */
    Retailer loadedRow(int rowIndex) {
        List<Retailer> rows = pages.get(rowIndex / PAGE_SIZE);
        int inPage = rowIndex % PAGE_SIZE;
        return rows != null && inPage < rows.size() ? rows.get(inPage) : null;
    }

    @Override
    public int indexOfRowObject(Retailer retailer) {
        for (Map.Entry<Integer, List<Retailer>> page : pages.entrySet()) {
            List<Retailer> rows = page.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getId() == retailer.getId()) {
                    return page.getKey() * PAGE_SIZE + i;
                }
            }
        }
        return -1;
    }

    private void request(int page) {
        Request request = new Request(generation, query, page);
        synchronized (wanted) {
            if (wanted.contains(request) || loading.contains(request)) {
                return;
            }
            wanted.addLast(request);
            while (wanted.size() > QUEUED_PAGES) {
                wanted.removeFirst();
            }
        }
        loader.schedule();
    }

    private IStatus loadWanted(IProgressMonitor monitor) {
        Request request;
        while (!monitor.isCanceled() && (request = nextWanted()) != null) {
            Request asked = request;
            try {
                List<Retailer> rows = StoreAccess.store().retailers().findRetailerRows(asked.query().page(asked.page() * PAGE_SIZE, PAGE_SIZE));
                display.asyncExec(() -> accept(asked, rows));
            } catch (RuntimeException e) {
                ILog.of(getClass()).log(StoreAccess.errorStatus(e));
                done(asked);
            }
        }
        return Status.OK_STATUS;
    }

    private Request nextWanted() {
        synchronized (wanted) {
            Request request = wanted.pollLast();
            if (request != null) {
                loading.add(request);
            }
            return request;
        }
    }

    private void accept(Request request, List<Retailer> rows) {
        done(request);
        if (request.generation() != generation || display.isDisposed()) {
            return;
        }
        pages.put(request.page(), rows);
        onPageLoaded.run();
    }

    private void done(Request request) {
        synchronized (wanted) {
            loading.remove(request);
        }
    }

    void dispose() {
        loader.cancel();
    }
}
