package org.retailerdesk.model.codegen;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of {@code org.retailerdesk.model} from its committed
 * {@code model/retailerdesk.genmodel}, without an Eclipse workspace.
 * <p>
 * Usage: {@code GenerateModel <model bundle folder> [--init]}. With {@code --init} the
 * .genmodel is first created from the .ecore; that is done once and the result committed,
 * so that its settings are reviewed like any other source.
 */
public final class GenerateModel {

    private static final String PROJECT = "org.retailerdesk.model";
    private static final URI GENMODEL = URI.createPlatformResourceURI(PROJECT + "/model/retailerdesk.genmodel", false);
    private static final URI ECORE = URI.createPlatformResourceURI(PROJECT + "/model/retailerdesk.ecore", false);

    private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !"--init".equals(args[1]))) {
            System.err.println("usage: GenerateModel <folder of " + PROJECT + "> [--init]");
            System.exit(2);
        }
        File project = new File(args[0]).getCanonicalFile();
        // The genmodel names workspace paths (/org.retailerdesk.model/src-gen); point them at the bundle folder.
        URIConverter.URI_MAP.put(URI.createPlatformResourceURI(PROJECT + "/", false),
                URI.createFileURI(project.getPath() + File.separator));

        ResourceSet resources = newResourceSet();
        if (args.length == 2) {
            saveNewGenModel(resources);
        }
        GenModel genModel = (GenModel) resources.getResource(GENMODEL, true).getContents().get(0);
        // Picks up what was added to the .ecore since the .genmodel was written; saved back so
        // that the committed .genmodel always mirrors the .ecore.
        genModel.reconcile();
        genModel.eResource().save(SAVE_OPTIONS);
        generate(genModel);
    }

    private static ResourceSet newResourceSet() {
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resources = new ResourceSetImpl();
        Map<String, Object> factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        return resources;
    }

    private static void saveNewGenModel(ResourceSet resources) throws IOException {
        EPackage ePackage = (EPackage) resources.getResource(ECORE, true).getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.setModelName("Retailerdesk");
        genModel.setModelPluginID(PROJECT);
        genModel.setModelDirectory("/" + PROJECT + "/src-gen");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add("retailerdesk.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF243);
        genModel.setCopyrightFields(false);
        genModel.setNonNLSMarkers(true);
        genModel.setCodeFormatting(false);
        // the bundle's MANIFEST.MF, plugin.xml and build.properties are written by hand
        genModel.setUpdateClasspath(false);
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.retailerdesk");
        genPackage.setPrefix("Retailerdesk");
        Resource resource = resources.createResource(GENMODEL);
        resource.getContents().add(genModel);
        resource.save(SAVE_OPTIONS);
        System.out.println("GEN: wrote " + resource.getURI());
    }

    private static void generate(GenModel genModel) {
        Diagnostic problems = genModel.diagnose();
        if (problems.getSeverity() == Diagnostic.ERROR) {
            fail("the .genmodel is not valid", problems);
        }
        genModel.setCanGenerate(true);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            fail("code generation failed", result);
        }
        System.out.println("GEN: model code generated into " + genModel.getModelDirectory());
    }

    private static void fail(String what, Diagnostic diagnostic) {
        System.err.println("GEN: " + what + ": " + diagnostic.getMessage());
        diagnostic.getChildren().forEach(c -> System.err.println("GEN:   " + c.getMessage()));
        System.exit(1);
    }
}
