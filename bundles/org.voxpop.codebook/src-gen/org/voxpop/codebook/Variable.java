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
 *   <li>{@link org.voxpop.codebook.Variable#getPreQuestionText <em>Pre Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getPostQuestionText <em>Post Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getInterviewerInstruction <em>Interviewer Instruction</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getUniverse <em>Universe</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getConcept <em>Concept</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getMeasurementLevel <em>Measurement Level</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getValueType <em>Value Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getWidth <em>Width</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getFormat <em>Format</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getWeightType <em>Weight Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getReferenceCode <em>Reference Code</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getValueRanges <em>Value Ranges</em>}</li>
 *   <li>{@link org.voxpop.codebook.Variable#getDerivation <em>Derivation</em>}</li>
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
	 * Returns the value of the '<em><b>Pre Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text read before the question, e.g. an introduction to a battery (DDI preQTxt); may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Question Text</em>' attribute.
	 * @see #setPreQuestionText(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_PreQuestionText()
	 * @model
	 * @generated
	 */
	String getPreQuestionText();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getPreQuestionText <em>Pre Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Question Text</em>' attribute.
	 * @see #getPreQuestionText()
	 * @generated
	 */
	void setPreQuestionText(String value);

	/**
	 * Returns the value of the '<em><b>Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Literal question wording as asked (DDI qstnLit); may be <code>null</code>.
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
	 * Returns the value of the '<em><b>Post Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text read after the question (DDI postQTxt); may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post Question Text</em>' attribute.
	 * @see #setPostQuestionText(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_PostQuestionText()
	 * @model
	 * @generated
	 */
	String getPostQuestionText();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getPostQuestionText <em>Post Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Question Text</em>' attribute.
	 * @see #getPostQuestionText()
	 * @generated
	 */
	void setPostQuestionText(String value);

	/**
	 * Returns the value of the '<em><b>Interviewer Instruction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instruction to the interviewer, e.g. "Do not read out 'not sure'" (DDI ivuInstr); may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interviewer Instruction</em>' attribute.
	 * @see #setInterviewerInstruction(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_InterviewerInstruction()
	 * @model
	 * @generated
	 */
	String getInterviewerInstruction();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getInterviewerInstruction <em>Interviewer Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interviewer Instruction</em>' attribute.
	 * @see #getInterviewerInstruction()
	 * @generated
	 */
	void setInterviewerInstruction(String value);

	/**
	 * Returns the value of the '<em><b>Universe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who was asked: the filter of the question in words or as a condition, e.g. "Respondents who voted (q3 = 1)" (DDI universe); <code>null</code> if everyone was asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Universe</em>' attribute.
	 * @see #setUniverse(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Universe()
	 * @model
	 * @generated
	 */
	String getUniverse();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getUniverse <em>Universe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Universe</em>' attribute.
	 * @see #getUniverse()
	 * @generated
	 */
	void setUniverse(String value);

	/**
	 * Returns the value of the '<em><b>Concept</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The concept the question measures, e.g. "Threat perception" (DDI concept); may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concept</em>' attribute.
	 * @see #setConcept(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Concept()
	 * @model
	 * @generated
	 */
	String getConcept();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getConcept <em>Concept</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concept</em>' attribute.
	 * @see #getConcept()
	 * @generated
	 */
	void setConcept(String value);

	/**
	 * Returns the value of the '<em><b>Measurement Level</b></em>' attribute.
	 * The default value is <code>"scale"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.MeasurementLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal, ordinal or scale; scale when the file and the codebook say nothing (isSetMeasurementLevel() false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurement Level</em>' attribute.
	 * @see org.voxpop.codebook.MeasurementLevel
	 * @see #isSetMeasurementLevel()
	 * @see #unsetMeasurementLevel()
	 * @see #setMeasurementLevel(MeasurementLevel)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_MeasurementLevel()
	 * @model default="scale" unsettable="true"
	 * @generated
	 */
	MeasurementLevel getMeasurementLevel();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getMeasurementLevel <em>Measurement Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measurement Level</em>' attribute.
	 * @see org.voxpop.codebook.MeasurementLevel
	 * @see #isSetMeasurementLevel()
	 * @see #unsetMeasurementLevel()
	 * @see #getMeasurementLevel()
	 * @generated
	 */
	void setMeasurementLevel(MeasurementLevel value);

	/**
	 * Unsets the value of the '{@link org.voxpop.codebook.Variable#getMeasurementLevel <em>Measurement Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMeasurementLevel()
	 * @see #getMeasurementLevel()
	 * @see #setMeasurementLevel(MeasurementLevel)
	 * @generated
	 */
	void unsetMeasurementLevel();

	/**
	 * Returns whether the value of the '{@link org.voxpop.codebook.Variable#getMeasurementLevel <em>Measurement Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Measurement Level</em>' attribute is set.
	 * @see #unsetMeasurementLevel()
	 * @see #getMeasurementLevel()
	 * @see #setMeasurementLevel(MeasurementLevel)
	 * @generated
	 */
	boolean isSetMeasurementLevel();

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
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a string variable, its width in bytes as stored in the file; 0 for a numeric variable or when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The display format the file gave, as written there, e.g. "F8.2" (SPSS) or "%9.0g" (Stata); may be <code>null</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Weight Type</b></em>' attribute.
	 * The default value is <code>"none"</code>.
	 * The literals are from the enumeration {@link org.voxpop.codebook.WeightType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this variable is a weight, and of which kind; NONE for an ordinary variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Type</em>' attribute.
	 * @see org.voxpop.codebook.WeightType
	 * @see #setWeightType(WeightType)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_WeightType()
	 * @model default="none"
	 * @generated
	 */
	WeightType getWeightType();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getWeightType <em>Weight Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Type</em>' attribute.
	 * @see org.voxpop.codebook.WeightType
	 * @see #getWeightType()
	 * @generated
	 */
	void setWeightType(WeightType value);

	/**
	 * Returns the value of the '<em><b>Reference Code</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference (base) category used for <code>i.name</code> in model formulas when the formula does not give one (<code>ibN.name</code> still wins); NaN when unset (isSetReferenceCode() false), so the lowest code is the base as in Stata.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Code</em>' attribute.
	 * @see #isSetReferenceCode()
	 * @see #unsetReferenceCode()
	 * @see #setReferenceCode(double)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_ReferenceCode()
	 * @model default="NaN" unsettable="true"
	 * @generated
	 */
	double getReferenceCode();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getReferenceCode <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Code</em>' attribute.
	 * @see #isSetReferenceCode()
	 * @see #unsetReferenceCode()
	 * @see #getReferenceCode()
	 * @generated
	 */
	void setReferenceCode(double value);

	/**
	 * Unsets the value of the '{@link org.voxpop.codebook.Variable#getReferenceCode <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReferenceCode()
	 * @see #getReferenceCode()
	 * @see #setReferenceCode(double)
	 * @generated
	 */
	void unsetReferenceCode();

	/**
	 * Returns whether the value of the '{@link org.voxpop.codebook.Variable#getReferenceCode <em>Reference Code</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Reference Code</em>' attribute is set.
	 * @see #unsetReferenceCode()
	 * @see #getReferenceCode()
	 * @see #setReferenceCode(double)
	 * @generated
	 */
	boolean isSetReferenceCode();

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
	 * Returns the value of the '<em><b>Value Ranges</b></em>' containment reference list.
	 * The list contents are of type {@link org.voxpop.codebook.ValueRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ranges of codes: missing ranges (SPSS MISSING VALUES 90 THRU HI, Stata .a to .z; DDI invalrng) and valid ranges (DDI valrng). A labelled category takes precedence over a range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Ranges</em>' containment reference list.
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_ValueRanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueRange> getValueRanges();

	/**
	 * Returns the value of the '<em><b>Derivation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How this variable is computed from another variable, or <code>null</code> if it is read from the data file. Derived variables are stored only in the codebook and computed when a dataset is opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derivation</em>' containment reference.
	 * @see #setDerivation(Derivation)
	 * @see org.voxpop.codebook.CodebookPackage#getVariable_Derivation()
	 * @model containment="true"
	 * @generated
	 */
	Derivation getDerivation();

	/**
	 * Sets the value of the '{@link org.voxpop.codebook.Variable#getDerivation <em>Derivation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derivation</em>' containment reference.
	 * @see #getDerivation()
	 * @generated
	 */
	void setDerivation(Derivation value);

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
	 * The category of a string variable with this text (trailing blanks ignored), or <code>null</code>.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Category getTextCategory(String text);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a value of this variable is missing: NaN (system missing), a code whose category is flagged missing, or an unlabelled code inside a missing value range.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isMissingCode(double code);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why a value is missing: NONE for a valid value, SYSTEM for NaN (system missing), else the kind of its category or, for an unlabelled code, of the first missing range that contains it.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	MissingKind missingKindOf(double code);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this variable is computed from another one by its derivation rather than read from the data file.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isDerived();

} // Variable
