package org.voxpop.codebook.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.QuestionSet;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;

/**
 * Applies a codebook fragment to a study by variable name. The fragment is a study as well: a codebook file given
 * with {@code --codebook}, or a question set contributed through {@code org.voxpop.codebook.questionSets}.
 * <p>
 * What the fragment says wins, and what it leaves out stays as it was:
 * <ul>
 * <li>every study attribute the fragment sets (title, country, wave, fieldwork dates, …) is copied; its
 * documents are appended unless the study already has them;</li>
 * <li>for a variable of the fragment that the study has (same name), every attribute the fragment sets (label,
 * question texts, universe, measurement level, reference category, …) is copied, and its categories and value
 * ranges replace the study's if the fragment gives any — the value type is never changed, since the data decide
 * it;</li>
 * <li>a derived variable of the fragment that the study lacks is added, its source found by name;</li>
 * <li>the fragment's weight variable, multiple-response sets and question sets are added (a set replaces one of
 * the same name), their members found by name.</li>
 * </ul>
 * A name that the study lacks is not an error: it is skipped and reported in the returned notes, so that one
 * battery definition serves waves that dropped a question.
 */
public final class CodebookMerge {

	private CodebookMerge() {
	}

	/**
	 * Applies {@code fragment} to {@code target}. The fragment is not changed; nothing of it is shared with the
	 * target afterwards (everything added is a copy).
	 *
	 * @param fragment the codebook to apply; never {@code null}
	 * @param target   the study to change; never {@code null}
	 * @return one note per name of the fragment that the study lacks, e.g. "q7 is not in the data; its
	 *         description was not applied"; empty if everything matched; never {@code null}
	 */
	public static List<String> apply(Study fragment, Study target) {
		List<String> notes = new ArrayList<>();
		copySetAttributes(fragment, target, CodebookPackage.Literals.STUDY__DOCUMENTS);
		for (String document : fragment.getDocuments()) {
			if (!target.getDocuments().contains(document)) {
				target.getDocuments().add(document);
			}
		}
		List<Variable> derived = new ArrayList<>();
		for (Variable described : fragment.getVariables()) {
			Variable variable = target.getVariable(described.getName());
			if (variable != null) {
				describe(variable, described);
			} else if (described.isDerived()) {
				derived.add(described);
			} else {
				notes.add(described.getName() + " is not in the data; its description was not applied");
			}
		}
		for (Variable described : derived) {
			addDerived(described, target, notes);
		}
		if (fragment.getWeightVariable() != null) {
			Variable weight = target.getVariable(fragment.getWeightVariable().getName());
			if (weight == null) {
				notes.add("the weight variable " + fragment.getWeightVariable().getName() + " is not in the data");
			} else {
				target.setWeightVariable(weight);
			}
		}
		for (MultipleResponseSet set : fragment.getMultipleResponseSets()) {
			MultipleResponseSet copy = EcoreUtil.copy(set);
			copy.getVariables().clear();
			copy.getVariables().addAll(members(set.getVariables(), target, "multiple-response set " + set.getName(), notes));
			replace(target.getMultipleResponseSets(), copy, MultipleResponseSet::getName);
		}
		for (QuestionSet set : fragment.getQuestionSets()) {
			QuestionSet copy = EcoreUtil.copy(set);
			copy.getVariables().clear();
			copy.getVariables().addAll(members(set.getVariables(), target, "question set " + set.getName(), notes));
			replace(target.getQuestionSets(), copy, QuestionSet::getName);
		}
		return notes;
	}

	private static void describe(Variable variable, Variable described) {
		copySetAttributes(described, variable, CodebookPackage.Literals.VARIABLE__NAME,
				CodebookPackage.Literals.VARIABLE__VALUE_TYPE, CodebookPackage.Literals.VARIABLE__WIDTH);
		if (!described.getCategories().isEmpty()) {
			variable.getCategories().clear();
			variable.getCategories().addAll(EcoreUtil.copyAll(described.getCategories()));
		}
		if (!described.getValueRanges().isEmpty()) {
			variable.getValueRanges().clear();
			variable.getValueRanges().addAll(EcoreUtil.copyAll(described.getValueRanges()));
		}
	}

	private static void addDerived(Variable described, Study target, List<String> notes) {
		Derivation derivation = described.getDerivation();
		String sourceName = derivation.getSource() == null ? null : derivation.getSource().getName();
		Variable source = target.getVariable(sourceName);
		if (source == null) {
			notes.add(described.getName() + " is derived from " + sourceName
					+ ", which is not in the data; it was not added");
			return;
		}
		Variable copy = EcoreUtil.copy(described);
		copy.getDerivation().setSource(source);
		target.getVariables().add(copy);
	}

	private static List<Variable> members(List<Variable> members, Study target, String owner, List<String> notes) {
		List<Variable> found = new ArrayList<>();
		for (Variable member : members) {
			Variable variable = target.getVariable(member.getName());
			if (variable == null) {
				notes.add(member.getName() + " of " + owner + " is not in the data; the set goes on without it");
			} else {
				found.add(variable);
			}
		}
		return found;
	}

	private static <T> void replace(List<T> sets, T set, Function<T, String> name) {
		for (int i = 0; i < sets.size(); i++) {
			if (name.apply(sets.get(i)).equals(name.apply(set))) {
				sets.set(i, set);
				return;
			}
		}
		sets.add(set);
	}

	private static void copySetAttributes(EObject from, EObject to, EAttribute... skipped) {
		for (EAttribute attribute : from.eClass().getEAllAttributes()) {
			if (from.eIsSet(attribute) && !List.of(skipped).contains(attribute)) {
				to.eSet(attribute, from.eGet(attribute));
			}
		}
	}
}
