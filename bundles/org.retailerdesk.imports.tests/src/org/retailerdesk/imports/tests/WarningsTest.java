package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.imports.RowResult;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.imports.Warning;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Retailer;

/**
 * A value that does not fit a field other than the identity is left out with a warning (the
 * default) or rejects its row; a required value a row lacks is filled in with a warning.
 */
public class WarningsTest extends ImportTestBase {

    private static final ImportOptions REJECT = ImportOptions.defaults().withInvalidValues(InvalidValues.REJECT);

    private static Warning only(RowResult r) {
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        return r.warnings().get(0);
    }

    @Test
    public void aValueThatDoesNotFitIsLeftOutWithAWarningOrRejectsTheRow() throws Exception {
        String header = HEADER + ",有效期至,联系电话"; //$NON-NLS-1$
        String text = header + "\n" + row(1, "高档") + ",2027-01-01,13912345678\n" // a grade that is none //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + row(2, "D99") + ",2027-01-01,13912345678\n" // a grade out of range (the model's rule) //$NON-NLS-1$ //$NON-NLS-2$
                + row(3, "9") + ",明天,13912345678\n" // an optional date that is none //$NON-NLS-1$ //$NON-NLS-2$
                + row(4, "9") + ",2027-01-01,12345\n" // a phone number of no known form (the model advises) //$NON-NLS-1$ //$NON-NLS-2$
                + row(5, "9").replace("便利店5号", "=HYPERLINK(1)") + ",2027-01-01,13912345678\n"; // a formula //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        DryRun run = dryRun(csv("warn.csv", text)); //$NON-NLS-1$
        assertEquals(5, run.count(RowStatus.NEW), run.rejections().toString());
        assertEquals(5, run.warnings().size());

        Warning grade = only(run.rows().get(0));
        assertEquals("客户档位", grade.column()); //$NON-NLS-1$
        assertEquals("高档", grade.value()); //$NON-NLS-1$
        assertTrue(grade.reason().contains("D9") && grade.reason().contains("1"), grade.reason()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, run.rows().get(0).retailer().getGrade(), "a new retailer's grade falls back to the lowest");
        assertEquals(1, run.rows().get(1).retailer().getGrade());
        assertTrue(only(run.rows().get(1)).reason().contains("30"), "the model's message: " + run.rows().get(1).warnings());
        assertNull(run.rows().get(2).retailer().getLicenceExpiry(), "an optional value is left empty");
        assertEquals("有效期至", only(run.rows().get(2)).column()); //$NON-NLS-1$
        assertEquals("12345", run.rows().get(3).retailer().getContactPhone(), "what the model only advises on is kept"); //$NON-NLS-1$
        assertEquals("联系电话", only(run.rows().get(3)).column()); //$NON-NLS-1$
        assertEquals("张5", run.rows().get(4).retailer().getShopName(), "the shop name falls back to the owner"); //$NON-NLS-1$
        assertTrue(only(run.rows().get(4)).reason().contains("张5"), run.rows().get(4).warnings().toString()); //$NON-NLS-1$

        DryRun rejecting = dryRun(csv("warn.csv", text), REJECT); //$NON-NLS-1$
        assertEquals(List.of(RowStatus.REJECTED, RowStatus.REJECTED, RowStatus.REJECTED, RowStatus.NEW,
                RowStatus.REJECTED), rejecting.rows().stream().map(RowResult::status).toList());
        assertEquals(1, rejecting.warnings().size(), "the phone number's advice");

        importer.commit(run, false, new NullProgressMonitor());
        assertEquals(5, retailers());
    }

    @Test
    public void aStoredRetailerKeepsItsValueWhereTheFileHasNoneThatFits() throws Exception {
        importer.commit(dryRun(csv("first.csv", HEADER + "\n" + row(1, "12") + "\n")), false, new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        DryRun run = dryRun(csv("second.csv", HEADER + "\n" + row(1, "高档").replace(",城网,", ",,") + "\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        RowResult r = run.rows().get(0);
        assertEquals(RowStatus.UNCHANGED, r.status(), r.rejections().toString());
        assertEquals(12, r.retailer().getGrade());
        assertEquals(MarketType.URBAN, r.retailer().getMarketType());
        assertEquals(List.of("市场类型", "客户档位"), r.warnings().stream().map(Warning::column).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(r.warnings().get(1).reason().contains("12"), "names the value kept: " + r.warnings()); //$NON-NLS-1$
    }

    @Test
    public void requiredValuesTheFileLacksAreFilledInForNewRetailersOnly() throws Exception {
        // no grade, market type, shop name or district column; the district comes from the department
        String header = "客户编码,许可证号,负责人,经营地址,零售业态,市场部,联系人"; //$NON-NLS-1$
        String text = header + "\n000000000001,500000000001,张三,人民路1号,便利店,城关市场部,李四\n" //$NON-NLS-1$
                + "000000000002,500000000002,,人民路2号,便利店,城关市场部,李五\n"; //$NON-NLS-1$
        DryRun run = dryRun(csv("lacking.csv", text)); //$NON-NLS-1$
        assertEquals(2, run.count(RowStatus.NEW), run.rejections().toString());
        Retailer first = run.rows().get(0).retailer();
        assertEquals("张三", first.getShopName()); //$NON-NLS-1$
        assertEquals(1, first.getGrade());
        assertEquals(MarketType.URBAN, first.getMarketType());
        assertEquals(district.getId(), first.getDistrict().getId(), "the district of the row's department");
        assertEquals(4, run.rows().get(0).warnings().size(), run.rows().get(0).warnings().toString());
        Retailer second = run.rows().get(1).retailer();
        assertEquals("李五", second.getOwner(), "the owner falls back to the contact person"); //$NON-NLS-1$
        assertEquals("000000000002", second.getShopName(), "no owner in the file: the shop name is the customer code"); //$NON-NLS-1$
    }

    @Test
    public void groupMembershipNoDropsTheGroupTheRowNames() throws Exception {
        String text = HEADER + ",IS_MUTUAL_AID_GROUP,GROUP_NAME\n" + row(1, "9") + ",否,城关第9小组\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + row(2, "9") + ",是,\n"; //$NON-NLS-1$ //$NON-NLS-2$
        DryRun run = dryRun(csv("groups.csv", text), ImportOptions.defaults().withCreateMissing(true)); //$NON-NLS-1$
        assertEquals(2, run.count(RowStatus.NEW), run.rejections().toString());
        assertNull(run.rows().get(0).retailer().getMutualAidGroup());
        assertEquals("IS_MUTUAL_AID_GROUP", only(run.rows().get(0)).column()); //$NON-NLS-1$
        assertTrue(only(run.rows().get(0)).reason().contains("城关第9小组"), run.rows().get(0).warnings().toString()); //$NON-NLS-1$
        assertEquals(List.of(), run.created(), "the group a non-member names is not created");
        assertEquals("IS_MUTUAL_AID_GROUP", only(run.rows().get(1)).column(), "a member without a group"); //$NON-NLS-1$
    }
}
