/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named, ordered group of questions, e.g. a battery asked with one stem. A question set contributed through <code>org.voxpop.codebook.questionSets</code> is applied to a study by variable name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.QuestionSet#getName <em>Name</em>}</li>
 *   <li>{@link org.voxpop.codebook.QuestionSet#getLabel <em>Label</em>}</li>
 *   <li>{@link org.voxpop.codebook.QuestionSet#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.QuestionSet#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getQuestionSet()
 * @model
 * @generated
 */
public interface QuestionSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the set, e.g. "trilateral-threat"; never <code>null</code> in a valid codebook.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.voxpop.codebook.CodebookPackage#getQuestionSet_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.QuestionSet#getName <em>Name</em>}' attribute.
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
	 * Display name; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.voxpop.codebook.CodebookPackage#getQuestionSet_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.QuestionSet#getLabel <em>Label</em>}' attribute.
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
	 * The stem common to the questions, e.g. "How much of a threat is each of these countries?"; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Text</em>' attribute.
	 * @see #setQuestionText(String)
	 * @see org.voxpop.codebook.CodebookPackage#getQuestionSet_QuestionText()
	 * @model
	 * @generated
	 */
	String getQuestionText();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.QuestionSet#getQuestionText <em>Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Text</em>' attribute.
	 * @see #getQuestionText()
	 * @generated
	 */
	void setQuestionText(String value);

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' reference list.
	 * The list contents are of type {@link org.voxpop.codebook.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The questions in order; they belong to the same study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variables</em>' reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getQuestionSet_Variables()
	 * @model
	 * @generated
	 */
	EList<Variable> getVariables();

} // QuestionSet
