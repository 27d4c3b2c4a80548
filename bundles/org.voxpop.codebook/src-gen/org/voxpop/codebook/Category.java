/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A labelled value of a variable, e.g. 4 = "Agree" or 8 = "Not sure" (missing).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.Category#getCode <em>Code</em>}</li>
 *   <li>{@link org.voxpop.codebook.Category#getText <em>Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.Category#getLabel <em>Label</em>}</li>
 *   <li>{@link org.voxpop.codebook.Category#getMissingKind <em>Missing Kind</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getCategory()
 * @model
 * @generated
 */
public interface Category extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stored value of a numeric variable, e.g. 1.0 (Stata .a to .z as the codes in org.voxpop.data.Codes); never NaN. 0 for a string variable, whose value is text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(double)
	 * @see org.voxpop.codebook.CodebookPackage#getCategory_Code()
	 * @model
	 * @generated
	 */
	double getCode();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Category#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(double value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a string variable, the value as text (e.g. "DE"), with trailing blanks removed; <code>null</code> for a numeric variable, whose value is <code>code</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.voxpop.codebook.CodebookPackage#getCategory_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Category#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value label; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.voxpop.codebook.CodebookPackage#getCategory_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Category#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Missing Kind</b></em>' attribute.
	 * The default value is <code>"none"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.MissingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the code is missing, or NONE for a valid answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Kind</em>' attribute.
	 * @see org.voxpop.codebook.MissingKind
	 * @see #setMissingKind(MissingKind)
	 * @see org.voxpop.codebook.CodebookPackage#getCategory_MissingKind()
	 * @model default="none"
	 * @generated
	 */
	MissingKind getMissingKind();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Category#getMissingKind <em>Missing Kind</em>}' attribute.
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
	 * Whether this code counts as missing: its missing kind is anything but NONE.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isMissing();

} // Category
