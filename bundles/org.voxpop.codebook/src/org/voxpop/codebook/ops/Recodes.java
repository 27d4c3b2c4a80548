package org.voxpop.codebook.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookFactory;
import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.Otherwise;
import org.voxpop.codebook.RecodeRule;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.core.NumberText;

/**
 * The recodes analysts ask for most, built as {@link Derivation}s: the new variable is added to the study and
 * computed when a dataset is opened; the data file is never changed. Every recode copies the source's missing
 * codes unchanged (they stay missing in the new variable), so "not sure" stays "not sure" in a top-2 box.
 */
public final class Recodes {

	private static final CodebookFactory FACTORY = CodebookFactory.eINSTANCE;

	private Recodes() {
	}

	/**
	 * A copy of a variable that takes its values from it unchanged: same label, question texts, categories, value
	 * ranges and measurement level, and an empty derivation (no rules, values copied). The other recodes start
	 * from it; on its own it serves to declare other missing codes for one analysis
	 * ({@link #withMissingKinds}).
	 *
	 * @param source  a numeric variable of a study; never {@code null}
	 * @param newName the new variable's name; must not be taken in the study
	 * @return the new variable, already added to the source's study
	 * @throws IllegalArgumentException if the source is a string variable, belongs to no study, or the name is
	 *                                  taken
	 */
	public static Variable derive(Variable source, String newName) {
		if (source.getValueType() != ValueType.NUMERIC) {
			throw new IllegalArgumentException(source.getName() + " is a string variable; only numeric variables can be recoded");
		}
		if (!(source.eContainer() instanceof Study study)) {
			throw new IllegalArgumentException(source.getName() + " belongs to no study");
		}
		if (study.getVariable(newName) != null) {
			throw new IllegalArgumentException("the study already has a variable named " + newName);
		}
		Variable derived = EcoreUtil.copy(source);
		derived.setName(newName);
		derived.setDerivation(null);
		Derivation derivation = FACTORY.createDerivation();
		derivation.setSource(source);
		derivation.setOtherwise(Otherwise.COPY);
		derived.setDerivation(derivation);
		study.getVariables().add(derived);
		return derived;
	}

	/**
	 * A top-k box, e.g. "support" (4 or 5 on a 5-point scale) against everything else that is valid: the k highest
	 * valid labelled codes become 1, the other valid labelled codes 0, missing codes stay as they are.
	 *
	 * @param source  a numeric variable with at least k + 1 valid labelled categories
	 * @param newName the new variable's name
	 * @param k       how many of the highest codes form the box, at least 1
	 * @return the new variable, added to the study, with categories 0 and 1 labelled from the source's labels and
	 *         the source's missing categories; nominal
	 */
	public static Variable topBox(Variable source, String newName, int k) {
		return box(source, newName, k, true);
	}

	/** Like {@link #topBox} for the k lowest valid codes (e.g. "oppose": 1 or 2). */
	public static Variable bottomBox(Variable source, String newName, int k) {
		return box(source, newName, k, false);
	}

	private static Variable box(Variable source, String newName, int k, boolean top) {
		List<Category> valid = validCategories(source);
		if (k < 1 || valid.size() <= k) {
			throw new IllegalArgumentException(source.getName() + " has " + valid.size()
					+ " valid labelled categories; a box of " + k + " needs more");
		}
		Variable derived = derive(source, newName);
		List<Category> inBox = top ? valid.subList(valid.size() - k, valid.size()) : valid.subList(0, k);
		List<Category> rest = top ? valid.subList(0, valid.size() - k) : valid.subList(k, valid.size());
		for (Category category : valid) {
			addRule(derived, category.getCode(), inBox.contains(category) ? 1 : 0);
		}
		derived.getCategories().removeIf(category -> !category.isMissing());
		derived.getCategories().add(0, category(1, (top ? "Top-" : "Bottom-") + k + " box: " + labels(inBox)));
		derived.getCategories().add(0, category(0, "Other: " + labels(rest)));
		derived.setMeasurementLevel(MeasurementLevel.NOMINAL);
		derived.unsetReferenceCode();
		return derived;
	}

	/**
	 * The scale reversed: the valid labelled codes from lowest to highest become those codes from highest to
	 * lowest (1..5 becomes 5..1), labels travelling with their answers; missing codes stay.
	 */
	public static Variable reverse(Variable source, String newName) {
		List<Category> valid = validCategories(source);
		Variable derived = derive(source, newName);
		derived.getCategories().removeIf(category -> !category.isMissing());
		List<Category> reversed = new ArrayList<>();
		for (int i = 0; i < valid.size(); i++) {
			Category from = valid.get(i);
			double to = valid.get(valid.size() - 1 - i).getCode();
			addRule(derived, from.getCode(), to);
			reversed.add(0, category(to, from.getLabel()));
		}
		derived.getCategories().addAll(0, reversed);
		derived.unsetReferenceCode();
		return derived;
	}

	/**
	 * The same values with other missing codes for one analysis, e.g. "not sure" as a valid category of a
	 * predictor while it stays missing in the outcome: each code in the map gets that missing kind
	 * ({@link MissingKind#NONE} makes it valid). A code without a category gets one, unlabelled.
	 */
	public static Variable withMissingKinds(Variable source, String newName, Map<Double, MissingKind> kinds) {
		Variable derived = derive(source, newName);
		for (Map.Entry<Double, MissingKind> entry : kinds.entrySet()) {
			Category category = derived.getCategory(entry.getKey());
			if (category == null) {
				category = category(entry.getKey(), null);
				derived.getCategories().add(category);
			}
			category.setMissingKind(entry.getValue());
		}
		return derived;
	}

	private static List<Category> validCategories(Variable source) {
		List<Category> valid = new ArrayList<>(source.getCategories().stream().filter(c -> !c.isMissing()).toList());
		valid.sort((a, b) -> Double.compare(a.getCode(), b.getCode()));
		return valid;
	}

	private static void addRule(Variable derived, double from, double to) {
		RecodeRule rule = FACTORY.createRecodeRule();
		rule.setLow(from);
		rule.setHigh(from);
		rule.setValue(to);
		derived.getDerivation().getRules().add(rule);
	}

	private static Category category(double code, String label) {
		Category category = FACTORY.createCategory();
		category.setCode(code);
		category.setLabel(label);
		return category;
	}

	private static String labels(List<Category> categories) {
		List<String> labels = new ArrayList<>();
		for (Category category : categories) {
			labels.add(category.getLabel() != null ? category.getLabel()
					: NumberText.plain(category.getCode()));
		}
		return String.join(", ", labels);
	}
}
