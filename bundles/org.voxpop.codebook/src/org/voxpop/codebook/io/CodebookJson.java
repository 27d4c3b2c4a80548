package org.voxpop.codebook.io;

import static org.voxpop.core.JsonText.number;
import static org.voxpop.core.JsonText.quote;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;

/**
 * Writes a codebook as JSON ({@code voxpop codebook --json}): every feature of the model that is set, under its
 * model name ({@code name}, {@code label}, {@code questionText}, {@code categories}: [{@code code}, {@code label},
 * {@code missingKind}], {@code valueRanges}, {@code derivation}, ...). Enumerations are their literals
 * ({@code "ordinal"}, {@code "notSure"}); references to variables (a set's members, a derivation's source, the
 * study's weight variable) are variable names. Numbers that JSON cannot hold (NaN, ±Infinity) are written as
 * {@code null}. The layout follows the model, so it grows with it; the XMI and DDI files are the formats to read
 * back.
 */
public final class CodebookJson {

	private CodebookJson() {
	}

	/** The study as a JSON object; never {@code null}. */
	public static String toJson(Study study) {
		StringBuilder out = new StringBuilder(8192);
		object(out, study, "");
		return out.append('\n').toString();
	}

	private static void object(StringBuilder out, EObject object, String indent) {
		out.append('{');
		String inner = indent + "  ";
		boolean first = true;
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature)) {
				continue;
			}
			out.append(first ? "\n" : ",\n").append(inner).append(quote(feature.getName())).append(": ");
			first = false;
			Object value = object.eGet(feature);
			if (feature.isMany()) {
				List<?> values = (List<?>) value;
				out.append('[');
				for (int i = 0; i < values.size(); i++) {
					out.append(i == 0 ? "" : ", ");
					if (feature instanceof EReference reference && reference.isContainment()) {
						out.append(i == 0 ? "\n" + inner + "  " : "\n" + inner + "  ");
					}
					value(out, feature, values.get(i), inner + "  ");
				}
				out.append(']');
			} else {
				value(out, feature, value, inner);
			}
		}
		out.append(first ? "}" : "\n" + indent + "}");
	}

	private static void value(StringBuilder out, EStructuralFeature feature, Object value, String indent) {
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				object(out, (EObject) value, indent);
			} else {
				out.append(quote(value instanceof Variable variable ? variable.getName() : String.valueOf(value)));
			}
		} else if (value instanceof Double number) {
			out.append(number(number));
		} else if (value instanceof Integer || value instanceof Boolean) {
			out.append(value);
		} else {
			out.append(quote(feature instanceof EAttribute ? String.valueOf(value) : null));
		}
	}
}
