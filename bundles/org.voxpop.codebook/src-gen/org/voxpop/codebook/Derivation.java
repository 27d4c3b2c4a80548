/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Derivation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A declarative recode of a source variable: each source value is mapped by the first rule that matches it; a value no rule matches is copied, or becomes system missing, as <code>otherwise</code> says. Collapsing a 5-point scale into a top-2 box, reversing a scale and turning "not sure" into system missing are all derivations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.Derivation#getSource <em>Source</em>}</li>
 *   <li>{@link org.voxpop.codebook.Derivation#getRules <em>Rules</em>}</li>
 *   <li>{@link org.voxpop.codebook.Derivation#getOtherwise <em>Otherwise</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getDerivation()
 * @model
 * @generated
 */
public interface Derivation extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variable the values come from; a numeric variable of the same study; never <code>null</code> in a valid codebook.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Variable)
	 * @see org.voxpop.codebook.CodebookPackage#getDerivation_Source()
	 * @model required="true"
	 * @generated
	 */
	Variable getSource();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Derivation#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Variable value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.voxpop.codebook.RecodeRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rules, tried in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getDerivation_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecodeRule> getRules();

	/**
	 * Returns the value of the '<em><b>Otherwise</b></em>' attribute.
	 * The default value is <code>"copy"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.Otherwise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens to a value no rule matches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Otherwise</em>' attribute.
	 * @see org.voxpop.codebook.Otherwise
	 * @see #setOtherwise(Otherwise)
	 * @see org.voxpop.codebook.CodebookPackage#getDerivation_Otherwise()
	 * @model default="copy"
	 * @generated
	 */
	Otherwise getOtherwise();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Derivation#getOtherwise <em>Otherwise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Otherwise</em>' attribute.
	 * @see org.voxpop.codebook.Otherwise
	 * @see #getOtherwise()
	 * @generated
	 */
	void setOtherwise(Otherwise value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The derived value of a source value. NaN (system missing) stays NaN unless a rule maps NaN explicitly (a rule with NaN bounds).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double apply(double code);

} // Derivation
