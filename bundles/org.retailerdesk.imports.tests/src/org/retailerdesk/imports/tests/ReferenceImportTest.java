package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.retailerdesk.exports.RecordExport;
import org.retailerdesk.exports.ReferenceExport;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.ReferenceDryRun;
import org.retailerdesk.imports.ReferenceField;
import org.retailerdesk.imports.ReferenceImport;
import org.retailerdesk.imports.ReferenceKind;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * The service network, staff, brands and mutual-aid groups: exported from a demo centre and imported
 * into an empty one, they come back field by field (references by code) and a second import changes
 * nothing; files of a centre's own make entries by name, with generated codes, and are checked.
 */
public class ReferenceImportTest {

    @TempDir
    Path dir;
    private TempStore sourceFolder;
    private TempStore targetFolder;
    private DerbyStore source;
    private DerbyStore target;

    @BeforeEach
    void stores() {
        sourceFolder = TempStore.withDemoCentre(300, 17);
        source = sourceFolder.store();
        targetFolder = TempStore.open();
        target = targetFolder.store();
        ServiceCentre centre = RetailerdeskFactory.eINSTANCE.createServiceCentre();
        centre.setCode(source.findAll(ServiceCentre.class).get(0).getCode());
        centre.setName("新中心"); //$NON-NLS-1$
        target.insert(centre);
    }

    @AfterEach
    void close() {
        sourceFolder.close();
        targetFolder.close();
    }

    private ReferenceDryRun dryRun(DerbyStore store, Path file, ReferenceKind kind) {
        List<String> headers = RetailerImport.preview(file, ImportOptions.defaults()).headers();
        return new ReferenceImport(store).dryRun(file, ImportOptions.defaults(), kind, ReferenceImport.mapping(headers, kind),
                new NullProgressMonitor());
    }

    @ParameterizedTest
    @CsvSource({ "CSV, zh", "XLSX, en" })
    void exportedEntriesImportIntoAnEmptyCentreUnchanged(RecordExport.Format format, String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        // the network first: staff and groups name their market departments
        for (ReferenceKind kind : List.of(ReferenceKind.NETWORK, ReferenceKind.STAFF, ReferenceKind.BRANDS,
                ReferenceKind.GROUPS)) {
            Path file = dir.resolve(kind.folder() + "." + format.name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
            ReferenceExport.run(source, kind, format, file, StandardCharsets.UTF_8, locale, new NullProgressMonitor());
            ReferenceDryRun run = dryRun(target, file, kind);
            assertEquals(List.of(), run.rejections().stream().map(run::describe).toList(), kind.name());
            assertEquals(run.rows().size(), run.count(RowStatus.NEW), kind.name());
            new ReferenceImport(target).commit(run, false, new NullProgressMonitor());
            for (EClass level : kind.levels()) {
                assertEquals(lines(source, level), lines(target, level), level.getName());
            }
            ReferenceDryRun again = dryRun(target, file, kind);
            assertEquals(run.rows().size(), again.count(RowStatus.UNCHANGED), kind.name() + ": a second import changes nothing");
        }
        assertTrue(lines(target, Literals.DELIVERY_ROUTE).size() > 10);
    }

    /** Every entry of the class as one line of its fields (references by code), sorted. */
    private static List<String> lines(DerbyStore store, EClass type) {
        List<String> out = new ArrayList<>();
        for (Entity e : store.findAll(type.getInstanceClass().asSubclass(Entity.class))) {
            StringBuilder line = new StringBuilder();
            for (EAttribute a : type.getEAllAttributes()) {
                if (a.getEContainingClass() != Literals.ENTITY) {
                    Object v = a.isUnsettable() && !e.eIsSet(a) ? "-" : e.eGet(a); //$NON-NLS-1$
                    line.append(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v).append('|');
                }
            }
            for (EReference r : type.getEAllReferences()) {
                EObject v = (EObject) e.eGet(r);
                line.append(r.getName()).append('=').append(v == null ? "" : v.eGet(v.eClass().getEStructuralFeature("code"))) //$NON-NLS-1$ //$NON-NLS-2$
                        .append('|');
            }
            out.add(line.toString());
        }
        out.sort(null);
        return out;
    }

    @Test
    void aNetworkOfNamesGetsCodesAndEachLevelHangsUnderTheOneAbove() throws Exception {
        Path file = Files.writeString(dir.resolve("network.csv"), "区域,市场部,线路,订货周期\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "城关区,东关市场部,东关01线,周二\n城关区,东关市场部,东关02线,周四\n城关区,西关市场部,,\n七里河区,,,\n", //$NON-NLS-1$
                StandardCharsets.UTF_8);
        ReferenceDryRun run = dryRun(target, file, ReferenceKind.NETWORK);
        assertEquals(4, run.count(RowStatus.NEW), run.rejections().toString());
        new ReferenceImport(target).commit(run, false, new NullProgressMonitor());
        Map<String, District> districts = byName(target.findAll(District.class));
        assertEquals(List.of("七里河区", "城关区"), districts.keySet().stream().sorted().toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(districts.values().stream().allMatch(d -> d.getCode().matches("3701\\d\\d") && d.getCentre() != null)); //$NON-NLS-1$
        Map<String, MarketDepartment> departments = byName(target.findAll(MarketDepartment.class));
        assertEquals("城关区", departments.get("西关市场部").getDistrict().getName()); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, DeliveryRoute> routes = byName(target.findAll(DeliveryRoute.class));
        assertEquals(2, routes.size());
        assertEquals("东关市场部", routes.get("东关02线").getMarketDepartment().getName()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Weekday.THURSDAY, routes.get("东关02线").getOrderDay()); //$NON-NLS-1$
        String districtDigits = departments.get("东关市场部").getDistrict().getCode().substring(4); //$NON-NLS-1$
        assertTrue(routes.get("东关01线").getCode().matches(districtDigits + "\\d{3}"), routes.get("东关01线").getCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        // the same file again: found by name, nothing changes
        assertEquals(4, dryRun(target, file, ReferenceKind.NETWORK).count(RowStatus.UNCHANGED));
    }

    @Test
    void rowsThatDisagreeOrRepeatTheirLastLevelAreRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "区域编码,区域名称,线路编码,线路名称,市场部名称\n" //$NON-NLS-1$
                + "370101,城关区,R1,一线,东关市场部\n370101,城关区新名,R2,二线,东关市场部\n370101,城关区,R3,三线,东关市场部\n" //$NON-NLS-1$
                + "370101,城关区,R3,三线,东关市场部\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        ReferenceDryRun run = dryRun(target, file, ReferenceKind.NETWORK);
        assertEquals(List.of(RowStatus.NEW, RowStatus.REJECTED, RowStatus.REJECTED, RowStatus.REJECTED),
                run.rows().stream().map(r -> r.status()).toList(), run.rejections().toString());
        assertTrue(run.rows().get(1).rejections().get(0).reason().contains("2"), "names the row it differs from: " //$NON-NLS-1$
                + run.rows().get(1).rejections());
        assertEquals("区域名称", run.rows().get(1).rejections().get(0).column()); //$NON-NLS-1$
        assertTrue(run.rows().get(2).rejections().get(0).reason().contains("5"), run.rows().get(2).rejections().toString()); //$NON-NLS-1$
    }

    @Test
    void staffNeedTheirDepartmentAndAManagersGradeOnlyForManagers() throws Exception {
        MarketDepartment m = RetailerdeskFactory.eINSTANCE.createMarketDepartment();
        m.setCode("MD01"); //$NON-NLS-1$
        m.setName("东关市场部"); //$NON-NLS-1$
        target.insert(m);
        Path file = Files.writeString(dir.resolve("staff.csv"), "SLSMAN_CODE,SLSMAN_NAME,POST,DEPT_NAME,MOBILE,SLSMAN_LEVEL\n" //$NON-NLS-1$
                + "E00001,王伟,客户经理,东关市场部,13912345678,3\n,李娜,市管员,MD01,,\n" //$NON-NLS-1$
                + "E00003,赵六,客户经理,南关市场部,13912345678,\nE00004,钱七,送货员,东关市场部,123,2\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        ReferenceDryRun run = dryRun(target, file, ReferenceKind.STAFF);
        assertEquals(List.of(RowStatus.NEW, RowStatus.NEW, RowStatus.REJECTED, RowStatus.REJECTED),
                run.rows().stream().map(r -> r.status()).toList(), run.rejections().toString());
        assertTrue(run.rows().get(2).rejections().get(0).reason().contains("南关市场部")); //$NON-NLS-1$
        assertEquals(List.of("SLSMAN_LEVEL"), run.rows().get(3).rejections().stream().map(r -> r.column()).toList(), //$NON-NLS-1$
                "a grade for a delivery man");
        new ReferenceImport(target).commit(run, true, new NullProgressMonitor());
        Map<String, Staff> staff = byName(target.findAll(Staff.class));
        assertEquals("E00002", staff.get("李娜").getCode(), "the next code after the file's own"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(m.getId(), staff.get("李娜").getMarketDepartment().getId()); //$NON-NLS-1$
        assertTrue(staff.get("李娜").isActive(), "new staff are at work"); //$NON-NLS-1$
        assertEquals(3, staff.get("王伟").getManagerGrade()); //$NON-NLS-1$
    }

    @Test
    void aFileWithoutCodeOrNameColumnsIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("none.csv"), "订货周期,线路启用\n周一,是\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> dryRun(target, file, ReferenceKind.NETWORK));
        assertTrue(e.getMessage().contains("none.csv") && e.getMessage().contains(ReferenceField.ROUTE_CODE.label()), //$NON-NLS-1$
                e.getMessage());
    }

    /** Each field's zh and en labels come back to it, and no two fields of a kind share one. */
    @ParameterizedTest
    @EnumSource(ReferenceKind.class)
    void labelsMapBackToTheirFields(ReferenceKind kind) {
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            List<String> headers = kind.fields().stream().map(f -> f.label(locale)).toList();
            assertEquals(headers.size(), headers.stream().distinct().count(), "distinct labels: " + headers);
            FieldMapping<ReferenceField> m = ReferenceImport.mapping(headers, kind);
            for (int i = 0; i < headers.size(); i++) {
                assertEquals(kind.fields().get(i), m.field(i), headers.get(i));
            }
        }
    }

    private static <T extends EObject> Map<String, T> byName(List<T> entities) {
        Map<String, T> out = new HashMap<>();
        for (T e : entities) {
            out.put((String) e.eGet(e.eClass().getEStructuralFeature("name")), e); //$NON-NLS-1$
        }
        return out;
    }
}
