/**
 */
package org.voxpop.codebook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The VoxPop codebook: what a survey dataset's variables mean. A study holds variables; a variable holds its question text, measurement level and value categories, some of which are missing codes such as "Not sure" or "No response".
 * <!-- end-model-doc -->
 * @see org.voxpop.codebook.CodebookFactory
 * @model kind="package"
 * @generated
 */
public interface CodebookPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "codebook";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://voxpop.org/codebook/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "codebook";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CodebookPackage eINSTANCE = org.voxpop.codebook.impl.CodebookPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.StudyImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__COUNTRY = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__YEAR = 3;

	/**
	 * The feature id for the '<em><b>Wave</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__WAVE = 4;

	/**
	 * The feature id for the '<em><b>Fieldwork Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FIELDWORK_START = 5;

	/**
	 * The feature id for the '<em><b>Fieldwork End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FIELDWORK_END = 6;

	/**
	 * The feature id for the '<em><b>Case Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CASE_COUNT = 7;

	/**
	 * The feature id for the '<em><b>File Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FILE_ENCODING = 8;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DOCUMENTS = 9;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VARIABLES = 10;

	/**
	 * The feature id for the '<em><b>Weight Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__WEIGHT_VARIABLE = 11;

	/**
	 * The feature id for the '<em><b>Multiple Response Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MULTIPLE_RESPONSE_SETS = 12;

	/**
	 * The feature id for the '<em><b>Question Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__QUESTION_SETS = 13;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 14;

	/**
	 * The operation id for the '<em>Get Variable</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___GET_VARIABLE__STRING = 0;

	/**
	 * The operation id for the '<em>Get Question Set</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___GET_QUESTION_SET__STRING = 1;

	/**
	 * The operation id for the '<em>Get Multiple Response Set</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___GET_MULTIPLE_RESPONSE_SET__STRING = 2;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.VariableImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Pre Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__PRE_QUESTION_TEXT = 2;

	/**
	 * The feature id for the '<em><b>Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__QUESTION_TEXT = 3;

	/**
	 * The feature id for the '<em><b>Post Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__POST_QUESTION_TEXT = 4;

	/**
	 * The feature id for the '<em><b>Interviewer Instruction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__INTERVIEWER_INSTRUCTION = 5;

	/**
	 * The feature id for the '<em><b>Universe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__UNIVERSE = 6;

	/**
	 * The feature id for the '<em><b>Concept</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__CONCEPT = 7;

	/**
	 * The feature id for the '<em><b>Measurement Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__MEASUREMENT_LEVEL = 8;

	/**
	 * The feature id for the '<em><b>Value Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__VALUE_TYPE = 9;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__WIDTH = 10;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__FORMAT = 11;

	/**
	 * The feature id for the '<em><b>Weight Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__WEIGHT_TYPE = 12;

	/**
	 * The feature id for the '<em><b>Reference Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__REFERENCE_CODE = 13;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__CATEGORIES = 14;

	/**
	 * The feature id for the '<em><b>Value Ranges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__VALUE_RANGES = 15;

	/**
	 * The feature id for the '<em><b>Derivation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DERIVATION = 16;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = 17;

	/**
	 * The operation id for the '<em>Get Category</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE___GET_CATEGORY__DOUBLE = 0;

	/**
	 * The operation id for the '<em>Get Text Category</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE___GET_TEXT_CATEGORY__STRING = 1;

	/**
	 * The operation id for the '<em>Is Missing Code</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE___IS_MISSING_CODE__DOUBLE = 2;

	/**
	 * The operation id for the '<em>Missing Kind Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE___MISSING_KIND_OF__DOUBLE = 3;

	/**
	 * The operation id for the '<em>Is Derived</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE___IS_DERIVED = 4;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = 5;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.CategoryImpl <em>Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.CategoryImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getCategory()
	 * @generated
	 */
	int CATEGORY = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Missing Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__MISSING_KIND = 3;

	/**
	 * The number of structural features of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Is Missing</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY___IS_MISSING = 0;

	/**
	 * The number of operations of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.ValueRangeImpl <em>Value Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.ValueRangeImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getValueRange()
	 * @generated
	 */
	int VALUE_RANGE = 3;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE__LOW = 0;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE__HIGH = 1;

	/**
	 * The feature id for the '<em><b>Missing Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE__MISSING_KIND = 2;

	/**
	 * The number of structural features of the '<em>Value Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Is Missing</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE___IS_MISSING = 0;

	/**
	 * The operation id for the '<em>Contains</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE___CONTAINS__DOUBLE = 1;

	/**
	 * The number of operations of the '<em>Value Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.MultipleResponseSetImpl <em>Multiple Response Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.MultipleResponseSetImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMultipleResponseSet()
	 * @generated
	 */
	int MULTIPLE_RESPONSE_SET = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Counted Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__COUNTED_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Category Label Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__CATEGORY_LABEL_SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET__VARIABLES = 5;

	/**
	 * The number of structural features of the '<em>Multiple Response Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Multiple Response Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTIPLE_RESPONSE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.QuestionSetImpl <em>Question Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.QuestionSetImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getQuestionSet()
	 * @generated
	 */
	int QUESTION_SET = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__QUESTION_TEXT = 2;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET__VARIABLES = 3;

	/**
	 * The number of structural features of the '<em>Question Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Question Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUESTION_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.DerivationImpl <em>Derivation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.DerivationImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getDerivation()
	 * @generated
	 */
	int DERIVATION = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__RULES = 1;

	/**
	 * The feature id for the '<em><b>Otherwise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__OTHERWISE = 2;

	/**
	 * The number of structural features of the '<em>Derivation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Apply</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION___APPLY__DOUBLE = 0;

	/**
	 * The number of operations of the '<em>Derivation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.impl.RecodeRuleImpl <em>Recode Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.impl.RecodeRuleImpl
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getRecodeRule()
	 * @generated
	 */
	int RECODE_RULE = 7;

	/**
	 * The feature id for the '<em><b>Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECODE_RULE__LOW = 0;

	/**
	 * The feature id for the '<em><b>High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECODE_RULE__HIGH = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECODE_RULE__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Recode Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECODE_RULE_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Matches</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECODE_RULE___MATCHES__DOUBLE = 0;

	/**
	 * The number of operations of the '<em>Recode Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECODE_RULE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.WeightType <em>Weight Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.WeightType
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getWeightType()
	 * @generated
	 */
	int WEIGHT_TYPE = 8;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.MultipleResponseType <em>Multiple Response Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.MultipleResponseType
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMultipleResponseType()
	 * @generated
	 */
	int MULTIPLE_RESPONSE_TYPE = 9;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.Otherwise <em>Otherwise</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.Otherwise
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getOtherwise()
	 * @generated
	 */
	int OTHERWISE = 10;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.MeasurementLevel <em>Measurement Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.MeasurementLevel
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMeasurementLevel()
	 * @generated
	 */
	int MEASUREMENT_LEVEL = 11;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.ValueType <em>Value Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.ValueType
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getValueType()
	 * @generated
	 */
	int VALUE_TYPE = 12;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.MissingKind <em>Missing Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.MissingKind
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMissingKind()
	 * @generated
	 */
	int MISSING_KIND = 13;


	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.voxpop.codebook.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.voxpop.codebook.Study#getName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.voxpop.codebook.Study#getTitle()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.voxpop.codebook.Study#getCountry()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.voxpop.codebook.Study#getYear()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getWave <em>Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wave</em>'.
	 * @see org.voxpop.codebook.Study#getWave()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Wave();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getFieldworkStart <em>Fieldwork Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fieldwork Start</em>'.
	 * @see org.voxpop.codebook.Study#getFieldworkStart()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FieldworkStart();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getFieldworkEnd <em>Fieldwork End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fieldwork End</em>'.
	 * @see org.voxpop.codebook.Study#getFieldworkEnd()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FieldworkEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getCaseCount <em>Case Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Count</em>'.
	 * @see org.voxpop.codebook.Study#getCaseCount()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_CaseCount();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Study#getFileEncoding <em>File Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Encoding</em>'.
	 * @see org.voxpop.codebook.Study#getFileEncoding()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FileEncoding();

	/**
	 * Returns the meta object for the attribute list '{@link org.voxpop.codebook.Study#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Documents</em>'.
	 * @see org.voxpop.codebook.Study#getDocuments()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.voxpop.codebook.Study#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.voxpop.codebook.Study#getVariables()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Variables();

	/**
	 * Returns the meta object for the reference '{@link org.voxpop.codebook.Study#getWeightVariable <em>Weight Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Weight Variable</em>'.
	 * @see org.voxpop.codebook.Study#getWeightVariable()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_WeightVariable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.voxpop.codebook.Study#getMultipleResponseSets <em>Multiple Response Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Multiple Response Sets</em>'.
	 * @see org.voxpop.codebook.Study#getMultipleResponseSets()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_MultipleResponseSets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.voxpop.codebook.Study#getQuestionSets <em>Question Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Question Sets</em>'.
	 * @see org.voxpop.codebook.Study#getQuestionSets()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_QuestionSets();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Study#getVariable(java.lang.String) <em>Get Variable</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Variable</em>' operation.
	 * @see org.voxpop.codebook.Study#getVariable(java.lang.String)
	 * @generated
	 */
	EOperation getStudy__GetVariable__String();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Study#getQuestionSet(java.lang.String) <em>Get Question Set</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Question Set</em>' operation.
	 * @see org.voxpop.codebook.Study#getQuestionSet(java.lang.String)
	 * @generated
	 */
	EOperation getStudy__GetQuestionSet__String();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Study#getMultipleResponseSet(java.lang.String) <em>Get Multiple Response Set</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Multiple Response Set</em>' operation.
	 * @see org.voxpop.codebook.Study#getMultipleResponseSet(java.lang.String)
	 * @generated
	 */
	EOperation getStudy__GetMultipleResponseSet__String();

	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.voxpop.codebook.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.voxpop.codebook.Variable#getName()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.voxpop.codebook.Variable#getLabel()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getPreQuestionText <em>Pre Question Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pre Question Text</em>'.
	 * @see org.voxpop.codebook.Variable#getPreQuestionText()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_PreQuestionText();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getQuestionText <em>Question Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Text</em>'.
	 * @see org.voxpop.codebook.Variable#getQuestionText()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_QuestionText();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getPostQuestionText <em>Post Question Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Post Question Text</em>'.
	 * @see org.voxpop.codebook.Variable#getPostQuestionText()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_PostQuestionText();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getInterviewerInstruction <em>Interviewer Instruction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interviewer Instruction</em>'.
	 * @see org.voxpop.codebook.Variable#getInterviewerInstruction()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_InterviewerInstruction();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getUniverse <em>Universe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Universe</em>'.
	 * @see org.voxpop.codebook.Variable#getUniverse()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Universe();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getConcept <em>Concept</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concept</em>'.
	 * @see org.voxpop.codebook.Variable#getConcept()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Concept();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getMeasurementLevel <em>Measurement Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measurement Level</em>'.
	 * @see org.voxpop.codebook.Variable#getMeasurementLevel()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_MeasurementLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getValueType <em>Value Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Type</em>'.
	 * @see org.voxpop.codebook.Variable#getValueType()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_ValueType();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.voxpop.codebook.Variable#getWidth()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.voxpop.codebook.Variable#getFormat()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getWeightType <em>Weight Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Type</em>'.
	 * @see org.voxpop.codebook.Variable#getWeightType()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_WeightType();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Variable#getReferenceCode <em>Reference Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Code</em>'.
	 * @see org.voxpop.codebook.Variable#getReferenceCode()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_ReferenceCode();

	/**
	 * Returns the meta object for the containment reference list '{@link org.voxpop.codebook.Variable#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see org.voxpop.codebook.Variable#getCategories()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_Categories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.voxpop.codebook.Variable#getValueRanges <em>Value Ranges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Ranges</em>'.
	 * @see org.voxpop.codebook.Variable#getValueRanges()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_ValueRanges();

	/**
	 * Returns the meta object for the containment reference '{@link org.voxpop.codebook.Variable#getDerivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Derivation</em>'.
	 * @see org.voxpop.codebook.Variable#getDerivation()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_Derivation();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Variable#getCategory(double) <em>Get Category</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Category</em>' operation.
	 * @see org.voxpop.codebook.Variable#getCategory(double)
	 * @generated
	 */
	EOperation getVariable__GetCategory__double();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Variable#getTextCategory(java.lang.String) <em>Get Text Category</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Text Category</em>' operation.
	 * @see org.voxpop.codebook.Variable#getTextCategory(java.lang.String)
	 * @generated
	 */
	EOperation getVariable__GetTextCategory__String();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Variable#isMissingCode(double) <em>Is Missing Code</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Missing Code</em>' operation.
	 * @see org.voxpop.codebook.Variable#isMissingCode(double)
	 * @generated
	 */
	EOperation getVariable__IsMissingCode__double();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Variable#missingKindOf(double) <em>Missing Kind Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Missing Kind Of</em>' operation.
	 * @see org.voxpop.codebook.Variable#missingKindOf(double)
	 * @generated
	 */
	EOperation getVariable__MissingKindOf__double();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Variable#isDerived() <em>Is Derived</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Derived</em>' operation.
	 * @see org.voxpop.codebook.Variable#isDerived()
	 * @generated
	 */
	EOperation getVariable__IsDerived();

	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category</em>'.
	 * @see org.voxpop.codebook.Category
	 * @generated
	 */
	EClass getCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Category#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.voxpop.codebook.Category#getCode()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Category#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.voxpop.codebook.Category#getText()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Category#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.voxpop.codebook.Category#getLabel()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Category#getMissingKind <em>Missing Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Kind</em>'.
	 * @see org.voxpop.codebook.Category#getMissingKind()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_MissingKind();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Category#isMissing() <em>Is Missing</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Missing</em>' operation.
	 * @see org.voxpop.codebook.Category#isMissing()
	 * @generated
	 */
	EOperation getCategory__IsMissing();

	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.ValueRange <em>Value Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Range</em>'.
	 * @see org.voxpop.codebook.ValueRange
	 * @generated
	 */
	EClass getValueRange();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.ValueRange#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.voxpop.codebook.ValueRange#getLow()
	 * @see #getValueRange()
	 * @generated
	 */
	EAttribute getValueRange_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.ValueRange#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.voxpop.codebook.ValueRange#getHigh()
	 * @see #getValueRange()
	 * @generated
	 */
	EAttribute getValueRange_High();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.ValueRange#getMissingKind <em>Missing Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Kind</em>'.
	 * @see org.voxpop.codebook.ValueRange#getMissingKind()
	 * @see #getValueRange()
	 * @generated
	 */
	EAttribute getValueRange_MissingKind();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.ValueRange#isMissing() <em>Is Missing</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Missing</em>' operation.
	 * @see org.voxpop.codebook.ValueRange#isMissing()
	 * @generated
	 */
	EOperation getValueRange__IsMissing();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.ValueRange#contains(double) <em>Contains</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Contains</em>' operation.
	 * @see org.voxpop.codebook.ValueRange#contains(double)
	 * @generated
	 */
	EOperation getValueRange__Contains__double();

	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.MultipleResponseSet <em>Multiple Response Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Multiple Response Set</em>'.
	 * @see org.voxpop.codebook.MultipleResponseSet
	 * @generated
	 */
	EClass getMultipleResponseSet();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.MultipleResponseSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.voxpop.codebook.MultipleResponseSet#getName()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EAttribute getMultipleResponseSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.MultipleResponseSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.voxpop.codebook.MultipleResponseSet#getLabel()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EAttribute getMultipleResponseSet_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.MultipleResponseSet#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.voxpop.codebook.MultipleResponseSet#getType()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EAttribute getMultipleResponseSet_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.MultipleResponseSet#getCountedValue <em>Counted Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counted Value</em>'.
	 * @see org.voxpop.codebook.MultipleResponseSet#getCountedValue()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EAttribute getMultipleResponseSet_CountedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.MultipleResponseSet#isCategoryLabelSource <em>Category Label Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category Label Source</em>'.
	 * @see org.voxpop.codebook.MultipleResponseSet#isCategoryLabelSource()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EAttribute getMultipleResponseSet_CategoryLabelSource();

	/**
	 * Returns the meta object for the reference list '{@link org.voxpop.codebook.MultipleResponseSet#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variables</em>'.
	 * @see org.voxpop.codebook.MultipleResponseSet#getVariables()
	 * @see #getMultipleResponseSet()
	 * @generated
	 */
	EReference getMultipleResponseSet_Variables();

	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.QuestionSet <em>Question Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Question Set</em>'.
	 * @see org.voxpop.codebook.QuestionSet
	 * @generated
	 */
	EClass getQuestionSet();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.QuestionSet#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.voxpop.codebook.QuestionSet#getName()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EAttribute getQuestionSet_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.QuestionSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.voxpop.codebook.QuestionSet#getLabel()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EAttribute getQuestionSet_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.QuestionSet#getQuestionText <em>Question Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Text</em>'.
	 * @see org.voxpop.codebook.QuestionSet#getQuestionText()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EAttribute getQuestionSet_QuestionText();

	/**
	 * Returns the meta object for the reference list '{@link org.voxpop.codebook.QuestionSet#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variables</em>'.
	 * @see org.voxpop.codebook.QuestionSet#getVariables()
	 * @see #getQuestionSet()
	 * @generated
	 */
	EReference getQuestionSet_Variables();

	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.Derivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derivation</em>'.
	 * @see org.voxpop.codebook.Derivation
	 * @generated
	 */
	EClass getDerivation();

	/**
	 * Returns the meta object for the reference '{@link org.voxpop.codebook.Derivation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.voxpop.codebook.Derivation#getSource()
	 * @see #getDerivation()
	 * @generated
	 */
	EReference getDerivation_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.voxpop.codebook.Derivation#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.voxpop.codebook.Derivation#getRules()
	 * @see #getDerivation()
	 * @generated
	 */
	EReference getDerivation_Rules();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.Derivation#getOtherwise <em>Otherwise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Otherwise</em>'.
	 * @see org.voxpop.codebook.Derivation#getOtherwise()
	 * @see #getDerivation()
	 * @generated
	 */
	EAttribute getDerivation_Otherwise();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.Derivation#apply(double) <em>Apply</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Apply</em>' operation.
	 * @see org.voxpop.codebook.Derivation#apply(double)
	 * @generated
	 */
	EOperation getDerivation__Apply__double();

	/**
	 * Returns the meta object for class '{@link org.voxpop.codebook.RecodeRule <em>Recode Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recode Rule</em>'.
	 * @see org.voxpop.codebook.RecodeRule
	 * @generated
	 */
	EClass getRecodeRule();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.RecodeRule#getLow <em>Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low</em>'.
	 * @see org.voxpop.codebook.RecodeRule#getLow()
	 * @see #getRecodeRule()
	 * @generated
	 */
	EAttribute getRecodeRule_Low();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.RecodeRule#getHigh <em>High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High</em>'.
	 * @see org.voxpop.codebook.RecodeRule#getHigh()
	 * @see #getRecodeRule()
	 * @generated
	 */
	EAttribute getRecodeRule_High();

	/**
	 * Returns the meta object for the attribute '{@link org.voxpop.codebook.RecodeRule#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.voxpop.codebook.RecodeRule#getValue()
	 * @see #getRecodeRule()
	 * @generated
	 */
	EAttribute getRecodeRule_Value();

	/**
	 * Returns the meta object for the '{@link org.voxpop.codebook.RecodeRule#matches(double) <em>Matches</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Matches</em>' operation.
	 * @see org.voxpop.codebook.RecodeRule#matches(double)
	 * @generated
	 */
	EOperation getRecodeRule__Matches__double();

	/**
	 * Returns the meta object for enum '{@link org.voxpop.codebook.WeightType <em>Weight Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weight Type</em>'.
	 * @see org.voxpop.codebook.WeightType
	 * @generated
	 */
	EEnum getWeightType();

	/**
	 * Returns the meta object for enum '{@link org.voxpop.codebook.MultipleResponseType <em>Multiple Response Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Multiple Response Type</em>'.
	 * @see org.voxpop.codebook.MultipleResponseType
	 * @generated
	 */
	EEnum getMultipleResponseType();

	/**
	 * Returns the meta object for enum '{@link org.voxpop.codebook.Otherwise <em>Otherwise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Otherwise</em>'.
	 * @see org.voxpop.codebook.Otherwise
	 * @generated
	 */
	EEnum getOtherwise();

	/**
	 * Returns the meta object for enum '{@link org.voxpop.codebook.MeasurementLevel <em>Measurement Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measurement Level</em>'.
	 * @see org.voxpop.codebook.MeasurementLevel
	 * @generated
	 */
	EEnum getMeasurementLevel();

	/**
	 * Returns the meta object for enum '{@link org.voxpop.codebook.ValueType <em>Value Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Type</em>'.
	 * @see org.voxpop.codebook.ValueType
	 * @generated
	 */
	EEnum getValueType();

	/**
	 * Returns the meta object for enum '{@link org.voxpop.codebook.MissingKind <em>Missing Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Missing Kind</em>'.
	 * @see org.voxpop.codebook.MissingKind
	 * @generated
	 */
	EEnum getMissingKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CodebookFactory getCodebookFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.StudyImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NAME = eINSTANCE.getStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TITLE = eINSTANCE.getStudy_Title();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__COUNTRY = eINSTANCE.getStudy_Country();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__YEAR = eINSTANCE.getStudy_Year();

		/**
		 * The meta object literal for the '<em><b>Wave</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__WAVE = eINSTANCE.getStudy_Wave();

		/**
		 * The meta object literal for the '<em><b>Fieldwork Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FIELDWORK_START = eINSTANCE.getStudy_FieldworkStart();

		/**
		 * The meta object literal for the '<em><b>Fieldwork End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FIELDWORK_END = eINSTANCE.getStudy_FieldworkEnd();

		/**
		 * The meta object literal for the '<em><b>Case Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__CASE_COUNT = eINSTANCE.getStudy_CaseCount();

		/**
		 * The meta object literal for the '<em><b>File Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FILE_ENCODING = eINSTANCE.getStudy_FileEncoding();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DOCUMENTS = eINSTANCE.getStudy_Documents();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__VARIABLES = eINSTANCE.getStudy_Variables();

		/**
		 * The meta object literal for the '<em><b>Weight Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__WEIGHT_VARIABLE = eINSTANCE.getStudy_WeightVariable();

		/**
		 * The meta object literal for the '<em><b>Multiple Response Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__MULTIPLE_RESPONSE_SETS = eINSTANCE.getStudy_MultipleResponseSets();

		/**
		 * The meta object literal for the '<em><b>Question Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__QUESTION_SETS = eINSTANCE.getStudy_QuestionSets();

		/**
		 * The meta object literal for the '<em><b>Get Variable</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___GET_VARIABLE__STRING = eINSTANCE.getStudy__GetVariable__String();

		/**
		 * The meta object literal for the '<em><b>Get Question Set</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___GET_QUESTION_SET__STRING = eINSTANCE.getStudy__GetQuestionSet__String();

		/**
		 * The meta object literal for the '<em><b>Get Multiple Response Set</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___GET_MULTIPLE_RESPONSE_SET__STRING = eINSTANCE.getStudy__GetMultipleResponseSet__String();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.VariableImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__NAME = eINSTANCE.getVariable_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__LABEL = eINSTANCE.getVariable_Label();

		/**
		 * The meta object literal for the '<em><b>Pre Question Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__PRE_QUESTION_TEXT = eINSTANCE.getVariable_PreQuestionText();

		/**
		 * The meta object literal for the '<em><b>Question Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__QUESTION_TEXT = eINSTANCE.getVariable_QuestionText();

		/**
		 * The meta object literal for the '<em><b>Post Question Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__POST_QUESTION_TEXT = eINSTANCE.getVariable_PostQuestionText();

		/**
		 * The meta object literal for the '<em><b>Interviewer Instruction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__INTERVIEWER_INSTRUCTION = eINSTANCE.getVariable_InterviewerInstruction();

		/**
		 * The meta object literal for the '<em><b>Universe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__UNIVERSE = eINSTANCE.getVariable_Universe();

		/**
		 * The meta object literal for the '<em><b>Concept</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__CONCEPT = eINSTANCE.getVariable_Concept();

		/**
		 * The meta object literal for the '<em><b>Measurement Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__MEASUREMENT_LEVEL = eINSTANCE.getVariable_MeasurementLevel();

		/**
		 * The meta object literal for the '<em><b>Value Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__VALUE_TYPE = eINSTANCE.getVariable_ValueType();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__WIDTH = eINSTANCE.getVariable_Width();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__FORMAT = eINSTANCE.getVariable_Format();

		/**
		 * The meta object literal for the '<em><b>Weight Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__WEIGHT_TYPE = eINSTANCE.getVariable_WeightType();

		/**
		 * The meta object literal for the '<em><b>Reference Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__REFERENCE_CODE = eINSTANCE.getVariable_ReferenceCode();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__CATEGORIES = eINSTANCE.getVariable_Categories();

		/**
		 * The meta object literal for the '<em><b>Value Ranges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__VALUE_RANGES = eINSTANCE.getVariable_ValueRanges();

		/**
		 * The meta object literal for the '<em><b>Derivation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__DERIVATION = eINSTANCE.getVariable_Derivation();

		/**
		 * The meta object literal for the '<em><b>Get Category</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIABLE___GET_CATEGORY__DOUBLE = eINSTANCE.getVariable__GetCategory__double();

		/**
		 * The meta object literal for the '<em><b>Get Text Category</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIABLE___GET_TEXT_CATEGORY__STRING = eINSTANCE.getVariable__GetTextCategory__String();

		/**
		 * The meta object literal for the '<em><b>Is Missing Code</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIABLE___IS_MISSING_CODE__DOUBLE = eINSTANCE.getVariable__IsMissingCode__double();

		/**
		 * The meta object literal for the '<em><b>Missing Kind Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIABLE___MISSING_KIND_OF__DOUBLE = eINSTANCE.getVariable__MissingKindOf__double();

		/**
		 * The meta object literal for the '<em><b>Is Derived</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIABLE___IS_DERIVED = eINSTANCE.getVariable__IsDerived();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.CategoryImpl <em>Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.CategoryImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getCategory()
		 * @generated
		 */
		EClass CATEGORY = eINSTANCE.getCategory();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__CODE = eINSTANCE.getCategory_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__TEXT = eINSTANCE.getCategory_Text();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__LABEL = eINSTANCE.getCategory_Label();

		/**
		 * The meta object literal for the '<em><b>Missing Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__MISSING_KIND = eINSTANCE.getCategory_MissingKind();

		/**
		 * The meta object literal for the '<em><b>Is Missing</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CATEGORY___IS_MISSING = eINSTANCE.getCategory__IsMissing();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.ValueRangeImpl <em>Value Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.ValueRangeImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getValueRange()
		 * @generated
		 */
		EClass VALUE_RANGE = eINSTANCE.getValueRange();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_RANGE__LOW = eINSTANCE.getValueRange_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_RANGE__HIGH = eINSTANCE.getValueRange_High();

		/**
		 * The meta object literal for the '<em><b>Missing Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_RANGE__MISSING_KIND = eINSTANCE.getValueRange_MissingKind();

		/**
		 * The meta object literal for the '<em><b>Is Missing</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VALUE_RANGE___IS_MISSING = eINSTANCE.getValueRange__IsMissing();

		/**
		 * The meta object literal for the '<em><b>Contains</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VALUE_RANGE___CONTAINS__DOUBLE = eINSTANCE.getValueRange__Contains__double();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.MultipleResponseSetImpl <em>Multiple Response Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.MultipleResponseSetImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMultipleResponseSet()
		 * @generated
		 */
		EClass MULTIPLE_RESPONSE_SET = eINSTANCE.getMultipleResponseSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLE_RESPONSE_SET__NAME = eINSTANCE.getMultipleResponseSet_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLE_RESPONSE_SET__LABEL = eINSTANCE.getMultipleResponseSet_Label();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLE_RESPONSE_SET__TYPE = eINSTANCE.getMultipleResponseSet_Type();

		/**
		 * The meta object literal for the '<em><b>Counted Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLE_RESPONSE_SET__COUNTED_VALUE = eINSTANCE.getMultipleResponseSet_CountedValue();

		/**
		 * The meta object literal for the '<em><b>Category Label Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTIPLE_RESPONSE_SET__CATEGORY_LABEL_SOURCE = eINSTANCE.getMultipleResponseSet_CategoryLabelSource();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MULTIPLE_RESPONSE_SET__VARIABLES = eINSTANCE.getMultipleResponseSet_Variables();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.QuestionSetImpl <em>Question Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.QuestionSetImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getQuestionSet()
		 * @generated
		 */
		EClass QUESTION_SET = eINSTANCE.getQuestionSet();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_SET__NAME = eINSTANCE.getQuestionSet_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_SET__LABEL = eINSTANCE.getQuestionSet_Label();

		/**
		 * The meta object literal for the '<em><b>Question Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUESTION_SET__QUESTION_TEXT = eINSTANCE.getQuestionSet_QuestionText();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUESTION_SET__VARIABLES = eINSTANCE.getQuestionSet_Variables();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.DerivationImpl <em>Derivation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.DerivationImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getDerivation()
		 * @generated
		 */
		EClass DERIVATION = eINSTANCE.getDerivation();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVATION__SOURCE = eINSTANCE.getDerivation_Source();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVATION__RULES = eINSTANCE.getDerivation_Rules();

		/**
		 * The meta object literal for the '<em><b>Otherwise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVATION__OTHERWISE = eINSTANCE.getDerivation_Otherwise();

		/**
		 * The meta object literal for the '<em><b>Apply</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DERIVATION___APPLY__DOUBLE = eINSTANCE.getDerivation__Apply__double();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.impl.RecodeRuleImpl <em>Recode Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.impl.RecodeRuleImpl
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getRecodeRule()
		 * @generated
		 */
		EClass RECODE_RULE = eINSTANCE.getRecodeRule();

		/**
		 * The meta object literal for the '<em><b>Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECODE_RULE__LOW = eINSTANCE.getRecodeRule_Low();

		/**
		 * The meta object literal for the '<em><b>High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECODE_RULE__HIGH = eINSTANCE.getRecodeRule_High();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECODE_RULE__VALUE = eINSTANCE.getRecodeRule_Value();

		/**
		 * The meta object literal for the '<em><b>Matches</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RECODE_RULE___MATCHES__DOUBLE = eINSTANCE.getRecodeRule__Matches__double();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.WeightType <em>Weight Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.WeightType
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getWeightType()
		 * @generated
		 */
		EEnum WEIGHT_TYPE = eINSTANCE.getWeightType();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.MultipleResponseType <em>Multiple Response Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.MultipleResponseType
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMultipleResponseType()
		 * @generated
		 */
		EEnum MULTIPLE_RESPONSE_TYPE = eINSTANCE.getMultipleResponseType();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.Otherwise <em>Otherwise</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.Otherwise
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getOtherwise()
		 * @generated
		 */
		EEnum OTHERWISE = eINSTANCE.getOtherwise();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.MeasurementLevel <em>Measurement Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.MeasurementLevel
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMeasurementLevel()
		 * @generated
		 */
		EEnum MEASUREMENT_LEVEL = eINSTANCE.getMeasurementLevel();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.ValueType <em>Value Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.ValueType
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getValueType()
		 * @generated
		 */
		EEnum VALUE_TYPE = eINSTANCE.getValueType();

		/**
		 * The meta object literal for the '{@link org.voxpop.codebook.MissingKind <em>Missing Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.voxpop.codebook.MissingKind
		 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMissingKind()
		 * @generated
		 */
		EEnum MISSING_KIND = eINSTANCE.getMissingKind();

	}

} //CodebookPackage
