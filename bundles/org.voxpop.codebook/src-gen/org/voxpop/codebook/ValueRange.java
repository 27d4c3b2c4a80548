/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A range of codes from low to high, both inclusive: a missing range when its missing kind is not NONE (e.g. SPSS 97 THRU 99), else a valid range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.ValueRange#getLow <em>Low</em>}</li>
 *   <li>{@link org.voxpop.codebook.ValueRange#getHigh <em>High</em>}</li>
 *   <li>{@link org.voxpop.codebook.ValueRange#getMissingKind <em>Missing Kind</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getValueRange()
 * @model
 * @generated
 */
public interface ValueRange extends EObject {
	/**
	 * Returns the value of the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest code, inclusive; -Infinity for SPSS LO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Low</em>' attribute.
	 * @see #setLow(double)
	 * @see org.voxpop.codebook.CodebookPackage#getValueRange_Low()
	 * @model
	 * @generated
	 */
	double getLow();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.ValueRange#getLow <em>Low</em>}' attribute.
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
	 * Highest code, inclusive; +Infinity for SPSS HI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>High</em>' attribute.
	 * @see #setHigh(double)
	 * @see org.voxpop.codebook.CodebookPackage#getValueRange_High()
	 * @model
	 * @generated
	 */
	double getHigh();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.ValueRange#getHigh <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High</em>' attribute.
	 * @see #getHigh()
	 * @generated
	 */
	void setHigh(double value);

	/**
	 * Returns the value of the '<em><b>Missing Kind</b></em>' attribute.
	 * The default value is <code>"none"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.MissingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why codes in this range are missing, or NONE for a valid range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Kind</em>' attribute.
	 * @see org.voxpop.codebook.MissingKind
	 * @see #setMissingKind(MissingKind)
	 * @see org.voxpop.codebook.CodebookPackage#getValueRange_MissingKind()
	 * @model default="none"
	 * @generated
	 */
	MissingKind getMissingKind();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.ValueRange#getMissingKind <em>Missing Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Kind</em>' attribute.
	 * @see org.voxpop.codebook.MissingKind
	 * @see #getMissingKind()
	 * @generated
	 */
	void setMissingKind(MissingKind value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether codes in this range count as missing.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isMissing();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the code lies in [low, high]. NaN is in no range.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean contains(double code);

} // ValueRange
