/*
 * Headless EMF model code generator for VoxPop bundles.
 *
 * Not part of the Tycho build. Run it through regenerate.sh (which resolves the classpath from the pom.xml
 * next to this file and launches this file in Java source-file mode on JDK 21+):
 *
 *   java -cp <classpath> GenerateModel.java <path/to/model.genmodel>...
 *
 * For each genmodel it maps platform:/resource/<bundle>/ to the bundle folder, loads the genmodel, reconciles it
 * with its .ecore, and generates the MODEL code only (no edit/editor/tests code). The hand-written
 * META-INF/MANIFEST.MF is left alone (the genmodels use bundleManifest="false"). Finally it prints which files
 * were created, changed or left unchanged.
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

public class GenerateModel {

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: java -cp <classpath> GenerateModel.java <path/to/model.genmodel>...");
			System.exit(2);
		}

		// Standalone (non-OSGi) EMF setup.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());

		boolean ok = true;
		for (String arg : args) {
			ok &= generate(Path.of(arg).toAbsolutePath().normalize());
		}
		System.exit(ok ? 0 : 1);
	}

	private static boolean generate(Path genModelFile) throws IOException {
		if (!Files.isRegularFile(genModelFile)) {
			System.err.println("ERROR: no such genmodel: " + genModelFile);
			return false;
		}
		Path bundleDir = findBundleDir(genModelFile);
		String projectName = projectName(bundleDir);
		System.out.println("Generating model code for " + projectName);
		System.out.println("  genmodel: " + genModelFile);
		System.out.println("  bundle:   " + bundleDir);

		ResourceSet resourceSet = new ResourceSetImpl();
		URI platformProject = URI.createPlatformResourceURI("/" + projectName + "/", true);
		resourceSet.getURIConverter().getURIMap().put(platformProject,
				URI.createFileURI(bundleDir.toString() + "/"));

		String relativePath = bundleDir.relativize(genModelFile).toString().replace('\\', '/');
		URI genModelURI = URI.createPlatformResourceURI("/" + projectName + "/" + relativePath, true);
		Resource resource = resourceSet.getResource(genModelURI, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);

		String modelProject = URI.createURI(genModel.getModelDirectory()).segment(0);
		if (!projectName.equals(modelProject)) {
			System.err.println("ERROR: modelDirectory " + genModel.getModelDirectory() + " is not inside project "
					+ projectName);
			return false;
		}

		genModel.reconcile();
		genModel.setCanGenerate(true);

		Diagnostic validation = genModel.diagnose();
		print(validation);
		if (validation.getSeverity() >= Diagnostic.ERROR) {
			return false;
		}

		Map<String, String> before = snapshot(bundleDir);

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		print(result);

		Map<String, String> after = snapshot(bundleDir);
		int created = 0, changed = 0, unchanged = 0, removed = 0;
		for (Map.Entry<String, String> entry : after.entrySet()) {
			String old = before.get(entry.getKey());
			if (old == null) {
				System.out.println("  created   " + entry.getKey());
				created++;
			} else if (!old.equals(entry.getValue())) {
				System.out.println("  changed   " + entry.getKey());
				changed++;
			} else {
				unchanged++;
			}
		}
		for (String path : before.keySet()) {
			if (!after.containsKey(path)) {
				System.out.println("  removed   " + path);
				removed++;
			}
		}
		System.out.printf("  %d created, %d changed, %d unchanged%s%n", created, changed, unchanged,
				removed > 0 ? ", " + removed + " removed" : "");
		return result.getSeverity() < Diagnostic.ERROR;
	}

	/** The bundle folder: the nearest ancestor of the genmodel that has META-INF/MANIFEST.MF. */
	private static Path findBundleDir(Path genModelFile) {
		for (Path dir = genModelFile.getParent(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("META-INF/MANIFEST.MF"))) {
				return dir;
			}
		}
		// No manifest: assume <bundle>/model/<name>.genmodel.
		return genModelFile.getParent().getParent();
	}

	/** Bundle-SymbolicName from the manifest, else the folder name. */
	private static String projectName(Path bundleDir) throws IOException {
		Path manifestFile = bundleDir.resolve("META-INF/MANIFEST.MF");
		if (Files.isRegularFile(manifestFile)) {
			try (InputStream in = Files.newInputStream(manifestFile)) {
				String bsn = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
				if (bsn != null) {
					return bsn.split(";")[0].trim();
				}
			}
		}
		return bundleDir.getFileName().toString();
	}

	/** Content hashes of the bundle's files (outside target/, bin/ and dot-folders), by relative path. */
	private static Map<String, String> snapshot(Path bundleDir) throws IOException {
		Map<String, String> result = new TreeMap<>();
		try (Stream<Path> files = Files.walk(bundleDir)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String relative = bundleDir.relativize(file).toString().replace('\\', '/');
				if (relative.startsWith("target/") || relative.startsWith("bin/") || relative.startsWith(".")
						|| !Files.isRegularFile(file)) {
					continue;
				}
				result.put(relative, sha256(file));
			}
		}
		return result;
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void print(Diagnostic diagnostic) {
		print(diagnostic, "  ");
	}

	private static void print(Diagnostic diagnostic, String indent) {
		if (diagnostic.getSeverity() != Diagnostic.OK && diagnostic.getMessage() != null) {
			String severity = switch (diagnostic.getSeverity()) {
				case Diagnostic.ERROR -> "ERROR";
				case Diagnostic.WARNING -> "WARNING";
				case Diagnostic.CANCEL -> "CANCEL";
				default -> "INFO";
			};
			System.out.println(indent + severity + ": " + diagnostic.getMessage());
			if (diagnostic.getException() != null) {
				diagnostic.getException().printStackTrace(System.out);
			}
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			print(child, indent + "  ");
		}
	}
}
