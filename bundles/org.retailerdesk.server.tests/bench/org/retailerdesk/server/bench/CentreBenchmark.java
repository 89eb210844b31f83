package org.retailerdesk.server.bench;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.retailerdesk.bench.support.BenchFolder;
import org.retailerdesk.bench.support.BenchResults;
import org.retailerdesk.demodata.internal.DemoCentre;
import org.retailerdesk.demodata.internal.RetailerGenerator;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.security.Role;
import org.retailerdesk.server.internal.CentreServer;
import org.retailerdesk.server.tests.SaveRaces;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * {@code ./bench centre}: one network server holding N retailers (default 500 000, loaded by the
 * store's bulk insert as {@code ./bench store} does), and {@value #WORKSTATIONS} workstations
 * (threads, each its own client store signed in as its own user) paging, filtering and saving at
 * once. The same work by as many threads on the embedded store of the server process (one store,
 * its pool shared by the threads) is the baseline, in the same run, the two in alternating halves. Then {@value #RACES} save races of two workstations on each of a
 * retailer, a round and a policy: no silent overwrite.
 */
public class CentreBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final long SEED = 11;
    private static final int WORKSTATIONS = 10;
    /** Rounds of work per workstation: a page, a filtered page and a save each. */
    private static final int ROUNDS = 40;
    private static final int RACES = 1000;
    private static final int SLICE = 50_000;
    private static final List<String> TEXTS = List.of("福源", "经十路", "王记", "便利", "超市", "烟酒"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** The latencies of one kind of operation, in nanoseconds. */
    private record Latencies(List<Long> pages, List<Long> saves) {
        Latencies() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(Latencies more) {
            pages.addAll(more.pages());
            saves.addAll(more.saves());
        }

        double p95(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e9;
        }
    }

    @Test
    public void run() throws Exception {
        BenchResults results = BenchResults.start("centre"); //$NON-NLS-1$
        int n = Integer.getInteger("retailerdesk.bench.retailers", 500_000); //$NON-NLS-1$
        Path dir = BenchFolder.of("retailerdesk.bench.dir", "retailerdesk-centre-bench").clear().path(); //$NON-NLS-1$ //$NON-NLS-2$
        out("RetailerDesk centre benchmark: %,d retailers, %d workstations, %d cores, Java %s, in %s", n, WORKSTATIONS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), dir); //$NON-NLS-1$

        DerbyStore server = new DerbyStore(dir.resolve("centre")); //$NON-NLS-1$
        List<DerbyStore> workstations = new ArrayList<>();
        CentreServer listening = null;
        try {
            server.open();
            TempStore.signInAdministrator(server);
            load(server, n);
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            listening = CentreServer.start(server, "127.0.0.1", port, false); //$NON-NLS-1$
            for (int i = 0; i < WORKSTATIONS; i++) {
                String user = "ws" + i; //$NON-NLS-1$
                server.users().create(UserAccount.of(user, user, Set.of(Role.CENTRE_STAFF), null), TempStore.passwordOf(user));
                DerbyStore ws = new DerbyStore(dir.resolve("workstation"), listening.address()); //$NON-NLS-1$
                ws.open();
                ws.users().signIn(user, TempStore.passwordOf(user));
                workstations.add(ws);
            }
            List<Long> districts = server.findAll(District.class).stream().map(District::getId).toList();
            List<Long> ids = server.retailers().findRetailerRows(RetailerQuery.all().page(0, 4 * WORKSTATIONS * ROUNDS))
                    .stream().map(Retailer::getId).toList();

            List<Store> embeddedThreads = Collections.nCopies(WORKSTATIONS, server);
            // one warm-up round each way, not counted: the first queries compile their plans
            work(embeddedThreads, districts, ids, 0, 1);
            work(new ArrayList<>(workstations), districts, ids, 1, 1);
            // in alternating halves, so that neither side has the warmer cache for all its rounds
            Latencies embedded = new Latencies();
            Latencies clients = new Latencies();
            for (int half = 0; half < 2; half++) {
                embedded.add(work(embeddedThreads, districts, ids, 2 + 2 * half, ROUNDS / 2));
                clients.add(work(new ArrayList<>(workstations), districts, ids, 3 + 2 * half, ROUNDS / 2));
            }

            out(""); //$NON-NLS-1$
            out("%-48s %12s %12s %7s  %s", "p95 with " + WORKSTATIONS + " at once, seconds", "workstations", "embedded", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "ratio", "goal"); //$NON-NLS-1$ //$NON-NLS-2$
            double pageC = clients.p95(clients.pages());
            double pageE = embedded.p95(embedded.pages());
            double saveC = clients.p95(clients.saves());
            double saveE = embedded.p95(embedded.saves());
            out("%-48s %12.3f %12.3f %7.2f  <= 0.3 s: %s", "page (by grade, a district or a text), " + clients.pages().size() //$NON-NLS-1$
                    + " pages", pageC, pageE, pageC / pageE, pageC <= 0.3 ? "met" : "NOT met"); //$NON-NLS-1$ //$NON-NLS-2$
            out("%-48s %12.3f %12.3f %7.2f  <= 0.2 s: %s", "save of a retailer, " + clients.saves().size() + " saves", saveC, //$NON-NLS-1$ //$NON-NLS-2$
                    saveE, saveC / saveE, saveC <= 0.2 ? "met" : "NOT met"); //$NON-NLS-1$ //$NON-NLS-2$
            results.atMost("centre: page p95, 10 workstations vs embedded", pageC, pageE, "s", 0.3); //$NON-NLS-1$ //$NON-NLS-2$
            results.atMost("centre: save p95, 10 workstations vs embedded", saveC, saveE, "s", 0.2); //$NON-NLS-1$ //$NON-NLS-2$

            races(results, workstations.get(0), workstations.get(1));
        } finally {
            workstations.forEach(DerbyStore::close);
            if (listening != null) {
                listening.close();
            }
            server.close();
        }
    }

    /** The centre's network and N retailers, by the store's bulk insert in slices (memory stays flat). */
    private static void load(DerbyStore store, int n) throws InterruptedException {
        long t0 = System.nanoTime();
        DemoCentre centre = new DemoCentre(n, SEED, TODAY);
        centre.writeReference(store);
        RetailerGenerator generator = new RetailerGenerator(centre, SEED, TODAY);
        for (int from = 0; from < n; from += SLICE) {
            List<Retailer> slice = new ArrayList<>(SLICE);
            for (int i = from; i < Math.min(n, from + SLICE); i++) {
                slice.add(generator.next());
            }
            store.bulk().bulkInsert(Retailer.class, slice);
        }
        store.bulk().awaitSearchIndex(1, TimeUnit.HOURS);
        out("loaded %,d retailers and their search tokens in %.1f s (not timed below)", n, (System.nanoTime() - t0) / 1e9); //$NON-NLS-1$
    }

    /**
     * Each store on a thread of its own, all at once: per round a page of all retailers by grade
     * (a random one of the first 100), a page filtered by district or text, and a save of one of
     * its own retailers.
     */
    private static Latencies work(List<Store> stores, List<Long> districts, List<Long> ids, int pass, int rounds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(stores.size());
        List<Future<Latencies>> running = new ArrayList<>();
        try {
            for (int w = 0; w < stores.size(); w++) {
                Store store = stores.get(w);
                int worker = w;
                running.add(pool.submit(() -> {
                    Random random = new Random(pass * 1000L + worker);
                    Latencies mine = new Latencies();
                    RetailerQuery byGrade = RetailerQuery.all().sortedBy(RetailerSort.GRADE, false);
                    for (int r = 0; r < rounds; r++) {
                        long t = System.nanoTime();
                        store.retailers().findRetailerRows(byGrade.page(random.nextInt(100) * RetailerQuery.DEFAULT_PAGE_SIZE,
                                RetailerQuery.DEFAULT_PAGE_SIZE));
                        mine.pages().add(System.nanoTime() - t);
                        RetailerQuery filtered = random.nextBoolean()
                                ? byGrade.withDistrict(districts.get(random.nextInt(districts.size())))
                                : byGrade.withText(TEXTS.get(random.nextInt(TEXTS.size())));
                        t = System.nanoTime();
                        store.retailers().findRetailerRows(filtered.page(0, RetailerQuery.DEFAULT_PAGE_SIZE));
                        mine.pages().add(System.nanoTime() - t);
                        // each worker its own retailers: a save that meets another's is no part of this figure
                        long id = ids.get((((pass % 4) * stores.size() + worker) * ROUNDS + r) % ids.size());
                        Retailer retailer = store.get(Retailer.class, id);
                        retailer.setContactPerson("联系人" + pass + "-" + r); //$NON-NLS-1$ //$NON-NLS-2$
                        t = System.nanoTime();
                        store.update(retailer);
                        mine.saves().add(System.nanoTime() - t);
                    }
                    return mine;
                }));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> f : running) {
                all.add(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void races(BenchResults results, DerbyStore a, DerbyStore b) throws Exception {
        long retailer = a.retailers().findRetailerRows(RetailerQuery.all().page(0, 1)).get(0).getId();
        long policy = a.findAll(Policy.class).get(0).getId();
        long round = SaveRaces.newRound(a).getId();
        out(""); //$NON-NLS-1$
        long t0 = System.nanoTime();
        List<SaveRaces.Outcome> outcomes = List.of(
                SaveRaces.run(a, b, Retailer.class, retailer, RACES, Retailer::setShopName, Retailer::getShopName),
                SaveRaces.run(a, b, AllocationRound.class, round, RACES, AllocationRound::setTitle, AllocationRound::getTitle),
                SaveRaces.run(a, b, Policy.class, policy, RACES, Policy::setTitle, Policy::getTitle));
        int silent = outcomes.stream().mapToInt(SaveRaces.Outcome::silentOverwrites).sum();
        int conflicts = outcomes.stream().mapToInt(SaveRaces.Outcome::conflicts).sum();
        int other = outcomes.stream().mapToInt(SaveRaces.Outcome::otherFailures).sum();
        out("%,d save races of two workstations (a retailer, a round, a policy) in %.1f s: %,d conflicts, %d silent overwrites," //$NON-NLS-1$
                + " %d other failures (goal 0 silent)", 3 * RACES, (System.nanoTime() - t0) / 1e9, conflicts, silent, other);
        results.atMost("centre: silent overwrites in " + 3 * RACES + " save races", silent, Double.NaN, "races", 0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(format, args));
        System.out.flush();
    }
}
