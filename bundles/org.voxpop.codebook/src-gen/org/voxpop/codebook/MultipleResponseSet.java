/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multiple Response Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A multiple-response question stored as several variables, e.g. "Which countries are important to us? (select all)" (SPSS MRSETS).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.MultipleResponseSet#getName <em>Name</em>}</li>
 *   <li>{@link org.voxpop.codebook.MultipleResponseSet#getLabel <em>Label</em>}</li>
 *   <li>{@link org.voxpop.codebook.MultipleResponseSet#getType <em>Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.MultipleResponseSet#getCountedValue <em>Counted Value</em>}</li>
 *   <li>{@link org.voxpop.codebook.MultipleResponseSet#isCategoryLabelSource <em>Category Label Source</em>}</li>
 *   <li>{@link org.voxpop.codebook.MultipleResponseSet#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getMultipleResponseSet()
 * @model
 * @generated
 */
public interface MultipleResponseSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The set name without SPSS's leading "$", e.g. "partners"; never <code>null</code> in a valid codebook.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.voxpop.codebook.CodebookPackage#getMultipleResponseSet_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.MultipleResponseSet#getName <em>Name</em>}' attribute.
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
	 * The set label; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.voxpop.codebook.CodebookPackage#getMultipleResponseSet_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.MultipleResponseSet#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"dichotomies"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.MultipleResponseType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiple dichotomies (one yes/no variable per option) or multiple categories (one variable per mention).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.voxpop.codebook.MultipleResponseType
	 * @see #setType(MultipleResponseType)
	 * @see org.voxpop.codebook.CodebookPackage#getMultipleResponseSet_Type()
	 * @model default="dichotomies"
	 * @generated
	 */
	MultipleResponseType getType();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.MultipleResponseSet#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.voxpop.codebook.MultipleResponseType
	 * @see #getType()
	 * @generated
	 */
	void setType(MultipleResponseType value);

	/**
	 * Returns the value of the '<em><b>Counted Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For dichotomies: the value that counts as "selected", as written in the file ("1", or the text for string variables); <code>null</code> for multiple categories.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counted Value</em>' attribute.
	 * @see #setCountedValue(String)
	 * @see org.voxpop.codebook.CodebookPackage#getMultipleResponseSet_CountedValue()
	 * @model
	 * @generated
	 */
	String getCountedValue();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.MultipleResponseSet#getCountedValue <em>Counted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counted Value</em>' attribute.
	 * @see #getCountedValue()
	 * @generated
	 */
	void setCountedValue(String value);

	/**
	 * Returns the value of the '<em><b>Category Label Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For dichotomies: whether each option is labelled by its counted value's category label (SPSS CATEGORYLABELS=COUNTEDVALUES) instead of its variable label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category Label Source</em>' attribute.
	 * @see #setCategoryLabelSource(boolean)
	 * @see org.voxpop.codebook.CodebookPackage#getMultipleResponseSet_CategoryLabelSource()
	 * @model
	 * @generated
	 */
	boolean isCategoryLabelSource();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.MultipleResponseSet#isCategoryLabelSource <em>Category Label Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category Label Source</em>' attribute.
	 * @see #isCategoryLabelSource()
	 * @generated
	 */
	void setCategoryLabelSource(boolean value);

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' reference list.
	 * The list contents are of type {@link org.voxpop.codebook.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member variables in order; they belong to the same study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variables</em>' reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getMultipleResponseSet_Variables()
	 * @model
	 * @generated
	 */
	EList<Variable> getVariables();

} // MultipleResponseSet
