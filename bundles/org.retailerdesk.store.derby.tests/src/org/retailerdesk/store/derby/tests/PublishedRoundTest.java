package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AllocationRule;
import org.retailerdesk.model.RoundStatus;
import org.retailerdesk.store.StoreException;

/**
 * The store itself locks a published round: whoever calls it (not only the allocation service),
 * the round, its rules and its lines can be neither changed nor deleted, and nothing can be added
 * to it; the refusal names the round and writes nothing. Publishing is the last change it takes.
 */
public class PublishedRoundTest extends StoreTestBase {

    private AllocationRound round;
    private AllocationRule rule;
    private AllocationLine line;

    @BeforeEach
    void storeARound() {
        round = (AllocationRound) fixtures.create(Fixtures.P.getAllocationRound());
        round.setCode("202612-B1-001"); //$NON-NLS-1$
        round.setStatus(RoundStatus.CALCULATED);
        store.insert(round);
        rule = newRule();
        store.insert(rule);
        line = newLine();
        store.insert(line);
    }

    private AllocationRule newRule() {
        AllocationRule r = (AllocationRule) fixtures.create(Fixtures.P.getAllocationRule());
        r.setRound(round);
        return r;
    }

    private AllocationLine newLine() {
        AllocationLine l = (AllocationLine) fixtures.create(Fixtures.P.getAllocationLine());
        l.setRound(round);
        return l;
    }

    /** Publishes the round as the allocation service does: status and day, in one update. */
    private void publish() {
        AllocationRound r = store.get(AllocationRound.class, round.getId());
        r.setStatus(RoundStatus.PUBLISHED);
        r.setPublishedOn(LocalDate.of(2026, 12, 1));
        store.update(r);
    }

    @Test
    public void aRoundThatIsNotPublishedChangesAndPublishes() {
        AllocationLine l = store.get(AllocationLine.class, line.getId());
        l.setQuantity(l.getQuantity() + 1);
        store.update(l);
        AllocationRule r = store.get(AllocationRule.class, rule.getId());
        store.delete(r);
        store.insert(newRule());
        publish();
        AllocationRound stored = store.get(AllocationRound.class, round.getId());
        assertEquals(RoundStatus.PUBLISHED, stored.getStatus());
        assertEquals(2, stored.getVersion());
    }

    @Test
    public void aPublishedRoundItsRulesAndItsLinesAreRefusedAnyChange() throws Exception {
        AllocationRound other = (AllocationRound) fixtures.create(Fixtures.P.getAllocationRound());
        other.setCode("202612-B1-002"); //$NON-NLS-1$
        other.setStatus(RoundStatus.CALCULATED);
        store.insert(other);
        AllocationLine elsewhere = newLine();
        elsewhere.setRound(other);
        store.insert(elsewhere);
        publish();
        long audit = sqlLong("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
        AllocationRound storedRound = store.get(AllocationRound.class, round.getId());
        AllocationRule storedRule = store.get(AllocationRule.class, rule.getId());
        AllocationLine storedLine = store.get(AllocationLine.class, line.getId());

        Map<String, Executable> writes = new LinkedHashMap<>();
        writes.put("update a line", () -> { //$NON-NLS-1$
            AllocationLine l = store.get(AllocationLine.class, line.getId());
            l.setQuantity(l.getQuantity() + 7);
            l.setOverridden(true);
            store.update(l);
        });
        writes.put("delete a line", () -> store.delete(store.get(AllocationLine.class, line.getId()))); //$NON-NLS-1$
        writes.put("delete a line with a reason", () -> store.write(//$NON-NLS-1$
                tx -> { tx.delete(tx.get(AllocationLine.class, line.getId()), "mistake"); return null; })); //$NON-NLS-1$
        writes.put("add a line", () -> store.insert(newLine())); //$NON-NLS-1$
        writes.put("add lines in a batch", () -> store.write(//$NON-NLS-1$
                tx -> { tx.insertAll(List.of(newLine(), newLine())); return null; }));
        writes.put("bulk insert lines", () -> store.bulk().bulkInsert(AllocationLine.class, List.of(newLine()))); //$NON-NLS-1$
        writes.put("move a line of another round into it", () -> { //$NON-NLS-1$
            AllocationLine l = store.get(AllocationLine.class, elsewhere.getId());
            l.setRound(round);
            store.update(l);
        });
        writes.put("update a rule", () -> { //$NON-NLS-1$
            AllocationRule r = store.get(AllocationRule.class, rule.getId());
            r.setValue(r.getValue() + 1);
            store.update(r);
        });
        writes.put("delete a rule", () -> store.delete(store.get(AllocationRule.class, rule.getId()))); //$NON-NLS-1$
        writes.put("add a rule", () -> store.insert(newRule())); //$NON-NLS-1$
        writes.put("change the round", () -> { //$NON-NLS-1$
            AllocationRound r = store.get(AllocationRound.class, round.getId());
            r.setTotalQuantity(r.getTotalQuantity() + 100);
            store.update(r);
        });
        writes.put("take the publication back", () -> { //$NON-NLS-1$
            AllocationRound r = store.get(AllocationRound.class, round.getId());
            r.setStatus(RoundStatus.CALCULATED);
            store.update(r);
        });
        writes.put("delete the round with its lines and rules", () -> store.write(tx -> { //$NON-NLS-1$
            tx.delete(tx.get(AllocationLine.class, line.getId()));
            tx.delete(tx.get(AllocationRule.class, rule.getId()));
            tx.delete(tx.get(AllocationRound.class, round.getId()));
            return null;
        }));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Executable> w : writes.entrySet()) {
            StoreException e = assertThrows(StoreException.class, w.getValue(), w.getKey());
            if (!e.getMessage().contains(round.getCode())) {
                failures.add(w.getKey() + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }
        assertEquals(List.of(), failures, "each refusal names the round"); //$NON-NLS-1$

        // nothing changed, nothing added, nothing audited
        Fixtures.assertSameValues(storedRound, store.get(AllocationRound.class, round.getId()));
        Fixtures.assertSameValues(storedRule, store.get(AllocationRule.class, rule.getId()));
        Fixtures.assertSameValues(storedLine, store.get(AllocationLine.class, line.getId()));
        assertEquals(storedRound.getVersion(), store.get(AllocationRound.class, round.getId()).getVersion());
        assertEquals(storedLine.getVersion(), store.get(AllocationLine.class, line.getId()).getVersion());
        assertEquals(storedRule.getVersion(), store.get(AllocationRule.class, rule.getId()).getVersion());
        assertEquals(other.getId(), store.get(AllocationLine.class, elsewhere.getId()).getRound().getId());
        assertEquals(1, store.findByReference(AllocationLine.class, "round", round.getId()).size()); //$NON-NLS-1$
        assertEquals(1, store.findByReference(AllocationRule.class, "round", round.getId()).size()); //$NON-NLS-1$
        assertEquals(audit, sqlLong("SELECT COUNT(*) FROM RD_AUDIT"), "no audit for a refused write"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
