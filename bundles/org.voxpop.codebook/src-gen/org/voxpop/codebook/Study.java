/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One survey (one wave in one country): the root of a codebook.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.Study#getName <em>Name</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getTitle <em>Title</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getCountry <em>Country</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getYear <em>Year</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getWave <em>Wave</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getFieldworkStart <em>Fieldwork Start</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getFieldworkEnd <em>Fieldwork End</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getCaseCount <em>Case Count</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getFileEncoding <em>File Encoding</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getWeightVariable <em>Weight Variable</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getMultipleResponseSets <em>Multiple Response Sets</em>}</li>
 *   <li>{@link org.voxpop.codebook.Study#getQuestionSets <em>Question Sets</em>}</li>
 * </ul>
 *
 * @see org.voxpop.codebook.CodebookPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short identifier of the study, e.g. "kj2023"; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable title; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country where the fieldwork took place; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year of the wave; 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Wave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wave as the institute names it, e.g. "2023" or "W3"; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wave</em>' attribute.
	 * @see #setWave(String)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_Wave()
	 * @model
	 * @generated
	 */
	String getWave();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getWave <em>Wave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wave</em>' attribute.
	 * @see #getWave()
	 * @generated
	 */
	void setWave(String value);

	/**
	 * Returns the value of the '<em><b>Fieldwork Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of fieldwork as an ISO 8601 date (DDI collDate event="start"); may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fieldwork Start</em>' attribute.
	 * @see #setFieldworkStart(String)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_FieldworkStart()
	 * @model
	 * @generated
	 */
	String getFieldworkStart();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getFieldworkStart <em>Fieldwork Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fieldwork Start</em>' attribute.
	 * @see #getFieldworkStart()
	 * @generated
	 */
	void setFieldworkStart(String value);

	/**
	 * Returns the value of the '<em><b>Fieldwork End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of fieldwork as an ISO 8601 date (DDI collDate event="end"); may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fieldwork End</em>' attribute.
	 * @see #setFieldworkEnd(String)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_FieldworkEnd()
	 * @model
	 * @generated
	 */
	String getFieldworkEnd();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getFieldworkEnd <em>Fieldwork End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fieldwork End</em>' attribute.
	 * @see #getFieldworkEnd()
	 * @generated
	 */
	void setFieldworkEnd(String value);

	/**
	 * Returns the value of the '<em><b>Case Count</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of cases (respondents) in the data file (DDI caseQnty); -1 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Count</em>' attribute.
	 * @see #setCaseCount(int)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_CaseCount()
	 * @model default="-1"
	 * @generated
	 */
	int getCaseCount();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getCaseCount <em>Case Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Count</em>' attribute.
	 * @see #getCaseCount()
	 * @generated
	 */
	void setCaseCount(int value);

	/**
	 * Returns the value of the '<em><b>File Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The character encoding the data file declared or was read with, e.g. "UTF-8" or "windows-1252"; may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Encoding</em>' attribute.
	 * @see #setFileEncoding(String)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_FileEncoding()
	 * @model
	 * @generated
	 */
	String getFileEncoding();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getFileEncoding <em>File Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Encoding</em>' attribute.
	 * @see #getFileEncoding()
	 * @generated
	 */
	void setFileEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text documents stored with the data (SPSS DOCUMENT lines, DDI notes), in file order; never <code>null</code>, may be empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documents</em>' attribute list.
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_Documents()
	 * @model
	 * @generated
	 */
	EList<String> getDocuments();

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.voxpop.codebook.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variables in file order. Names are unique within a study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Weight Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight variable the data file names as its default weight (SPSS WEIGHT BY), or <code>null</code>. It is one of <code>variables</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Variable</em>' reference.
	 * @see #setWeightVariable(Variable)
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_WeightVariable()
	 * @model
	 * @generated
	 */
	Variable getWeightVariable();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Study#getWeightVariable <em>Weight Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Variable</em>' reference.
	 * @see #getWeightVariable()
	 * @generated
	 */
	void setWeightVariable(Variable value);

	/**
	 * Returns the value of the '<em><b>Multiple Response Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.voxpop.codebook.MultipleResponseSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiple-response sets, e.g. "select all countries important to us", in file order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multiple Response Sets</em>' containment reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_MultipleResponseSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<MultipleResponseSet> getMultipleResponseSets();

	/**
	 * Returns the value of the '<em><b>Question Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.voxpop.codebook.QuestionSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Question sets (named, ordered groups of questions such as a battery), in definition order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question Sets</em>' containment reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getStudy_QuestionSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuestionSet> getQuestionSets();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variable with this exact name, or <code>null</code> if there is none (or the name is <code>null</code>).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Variable getVariable(String name);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question set with this exact name, or <code>null</code>.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	QuestionSet getQuestionSet(String name);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The multiple-response set with this exact name, or <code>null</code>.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	MultipleResponseSet getMultipleResponseSet(String name);

} // Study
