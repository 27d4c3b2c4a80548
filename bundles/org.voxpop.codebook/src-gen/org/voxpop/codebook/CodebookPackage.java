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
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VARIABLES = 4;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Get Variable</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___GET_VARIABLE__STRING = 0;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 1;

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
	 * The feature id for the '<em><b>Question Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__QUESTION_TEXT = 2;

	/**
	 * The feature id for the '<em><b>Measurement Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__MEASUREMENT_LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Value Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__VALUE_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__CATEGORIES = 5;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Get Category</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE___GET_CATEGORY__DOUBLE = 0;

	/**
	 * The operation id for the '<em>Is Missing Code</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE___IS_MISSING_CODE__DOUBLE = 1;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = 2;

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
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Missing Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__MISSING_KIND = 2;

	/**
	 * The number of structural features of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_FEATURE_COUNT = 3;

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
	 * The meta object id for the '{@link org.voxpop.codebook.MeasurementLevel <em>Measurement Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.MeasurementLevel
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMeasurementLevel()
	 * @generated
	 */
	int MEASUREMENT_LEVEL = 3;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.ValueType <em>Value Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.ValueType
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getValueType()
	 * @generated
	 */
	int VALUE_TYPE = 4;

	/**
	 * The meta object id for the '{@link org.voxpop.codebook.MissingKind <em>Missing Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.voxpop.codebook.MissingKind
	 * @see org.voxpop.codebook.impl.CodebookPackageImpl#getMissingKind()
	 * @generated
	 */
	int MISSING_KIND = 5;


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
	 * Returns the meta object for the '{@link org.voxpop.codebook.Study#getVariable(java.lang.String) <em>Get Variable</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Variable</em>' operation.
	 * @see org.voxpop.codebook.Study#getVariable(java.lang.String)
	 * @generated
	 */
	EOperation getStudy__GetVariable__String();

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
	 * Returns the meta object for the '{@link org.voxpop.codebook.Variable#getCategory(double) <em>Get Category</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Category</em>' operation.
	 * @see org.voxpop.codebook.Variable#getCategory(double)
	 * @generated
	 */
	EOperation getVariable__GetCategory__double();

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
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__VARIABLES = eINSTANCE.getStudy_Variables();

		/**
		 * The meta object literal for the '<em><b>Get Variable</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___GET_VARIABLE__STRING = eINSTANCE.getStudy__GetVariable__String();

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
		 * The meta object literal for the '<em><b>Question Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__QUESTION_TEXT = eINSTANCE.getVariable_QuestionText();

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
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__CATEGORIES = eINSTANCE.getVariable_Categories();

		/**
		 * The meta object literal for the '<em><b>Get Category</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIABLE___GET_CATEGORY__DOUBLE = eINSTANCE.getVariable__GetCategory__double();

		/**
		 * The meta object literal for the '<em><b>Is Missing Code</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIABLE___IS_MISSING_CODE__DOUBLE = eINSTANCE.getVariable__IsMissingCode__double();

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
