/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One column of the dataset and what it means.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.Variable#getName <em>Name</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getLabel <em>Label</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getMeasurementLevel <em>Measurement Level</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getValueType <em>Value Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getCategories <em>Categories</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getVariable()
 * @model
 * @generated
 */
public interface Variable extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column name as used in formulas, e.g. "age". Never <code>null</code> in a valid codebook.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short variable label, e.g. "Support for trilateral cooperation"; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Literal question wording as asked; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Text</em>' attribute.
	 * @see #setQuestionText(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_QuestionText()
	 * @model
	 * @generated
	 */
	String getQuestionText();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getQuestionText <em>Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Text</em>' attribute.
	 * @see #getQuestionText()
	 * @generated
	 */
	void setQuestionText(String value);

	/**
	 * Returns the value of the '<em><b>Measurement Level</b></em>' attribute.
	 * The default value is <code>"scale"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.MeasurementLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal, ordinal or scale; scale by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurement Level</em>' attribute.
	 * @see org.voxpop.codebook.MeasurementLevel
	 * @see #setMeasurementLevel(MeasurementLevel)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_MeasurementLevel()
	 * @model default="scale"
	 * @generated
	 */
	MeasurementLevel getMeasurementLevel();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getMeasurementLevel <em>Measurement Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measurement Level</em>' attribute.
	 * @see org.voxpop.codebook.MeasurementLevel
	 * @see #getMeasurementLevel()
	 * @generated
	 */
	void setMeasurementLevel(MeasurementLevel value);

	/**
	 * Returns the value of the '<em><b>Value Type</b></em>' attribute.
	 * The default value is <code>"numeric"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.ValueType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the column holds numbers or text; numeric by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Type</em>' attribute.
	 * @see org.voxpop.codebook.ValueType
	 * @see #setValueType(ValueType)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_ValueType()
	 * @model default="numeric"
	 * @generated
	 */
	ValueType getValueType();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getValueType <em>Value Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Type</em>' attribute.
	 * @see org.voxpop.codebook.ValueType
	 * @see #getValueType()
	 * @generated
	 */
	void setValueType(ValueType value);

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.voxpop.codebook.Category}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labelled values in code order, including missing codes. Codes are unique within a variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<Category> getCategories();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The category with this code, or <code>null</code> if the code has no label. NaN has no category.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Category getCategory(double code);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a value of this variable is missing: NaN (system missing) or a code whose category is flagged missing.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isMissingCode(double code);

} // Variable
