/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recode Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps the source codes from low to high (inclusive) to one value, like Stata <code>recode (4/5 = 1)</code> or SPSS <code>RECODE (4 THRU 5 = 1)</code>.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.RecodeRule#getLow <em>Low</em>}</li>
 *   <li>{@link org.voxpop.codebook.RecodeRule#getHigh <em>High</em>}</li>
 *   <li>{@link org.voxpop.codebook.RecodeRule#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getRecodeRule()
 * @model
 * @generated
 */
public interface RecodeRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest source code, inclusive; -Infinity for "lowest"; NaN to match system missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(double)
	 * @see org.voxpop.codebook.CodebookPackage#getRecodeRule_Low()
	 * @model
	 * @generated
	 */
	double getLow();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.RecodeRule#getLow <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low</em>' attribute.
	 * @see #getLow()
	 * @generated
	 */
	void setLow(double value);

	/**
	 * Returns the value of the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest source code, inclusive; +Infinity for "highest"; NaN to match system missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(double)
	 * @see org.voxpop.codebook.CodebookPackage#getRecodeRule_High()
	 * @model
	 * @generated
	 */
	double getHigh();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.RecodeRule#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(double value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The derived value; NaN for system missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.voxpop.codebook.CodebookPackage#getRecodeRule_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.RecodeRule#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this rule applies to a code: low <= code <= high, or, for a rule with NaN bounds, whether the code is NaN.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean matches(double code);

} // RecodeRule
