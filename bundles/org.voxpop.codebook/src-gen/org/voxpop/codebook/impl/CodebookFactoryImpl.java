/**
 */
package org.voxpop.codebook.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.voxpop.codebook.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CodebookFactoryImpl extends EFactoryImpl implements CodebookFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CodebookFactory init() {
		try {
			CodebookFactory theCodebookFactory = (CodebookFactory)EPackage.Registry.INSTANCE.getEFactory(CodebookPackage.eNS_URI);
			if (theCodebookFactory != null) {
				return theCodebookFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CodebookFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CodebookFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CodebookPackage.STUDY: return createStudy();
			case CodebookPackage.VARIABLE: return createVariable();
			case CodebookPackage.CATEGORY: return createCategory();
			case CodebookPackage.VALUE_RANGE: return createValueRange();
			case CodebookPackage.MULTIPLE_RESPONSE_SET: return createMultipleResponseSet();
			case CodebookPackage.QUESTION_SET: return createQuestionSet();
			case CodebookPackage.DERIVATION: return createDerivation();
			case CodebookPackage.RECODE_RULE: return createRecodeRule();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CodebookPackage.WEIGHT_TYPE:
				return createWeightTypeFromString(eDataType, initialValue);
			case CodebookPackage.MULTIPLE_RESPONSE_TYPE:
				return createMultipleResponseTypeFromString(eDataType, initialValue);
			case CodebookPackage.OTHERWISE:
				return createOtherwiseFromString(eDataType, initialValue);
			case CodebookPackage.MEASUREMENT_LEVEL:
				return createMeasurementLevelFromString(eDataType, initialValue);
			case CodebookPackage.VALUE_TYPE:
				return createValueTypeFromString(eDataType, initialValue);
			case CodebookPackage.MISSING_KIND:
				return createMissingKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CodebookPackage.WEIGHT_TYPE:
				return convertWeightTypeToString(eDataType, instanceValue);
			case CodebookPackage.MULTIPLE_RESPONSE_TYPE:
				return convertMultipleResponseTypeToString(eDataType, instanceValue);
			case CodebookPackage.OTHERWISE:
				return convertOtherwiseToString(eDataType, instanceValue);
			case CodebookPackage.MEASUREMENT_LEVEL:
				return convertMeasurementLevelToString(eDataType, instanceValue);
			case CodebookPackage.VALUE_TYPE:
				return convertValueTypeToString(eDataType, instanceValue);
			case CodebookPackage.MISSING_KIND:
				return convertMissingKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable createVariable() {
		VariableImpl variable = new VariableImpl();
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category createCategory() {
		CategoryImpl category = new CategoryImpl();
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueRange createValueRange() {
		ValueRangeImpl valueRange = new ValueRangeImpl();
		return valueRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultipleResponseSet createMultipleResponseSet() {
		MultipleResponseSetImpl multipleResponseSet = new MultipleResponseSetImpl();
		return multipleResponseSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuestionSet createQuestionSet() {
		QuestionSetImpl questionSet = new QuestionSetImpl();
		return questionSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derivation createDerivation() {
		DerivationImpl derivation = new DerivationImpl();
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecodeRule createRecodeRule() {
		RecodeRuleImpl recodeRule = new RecodeRuleImpl();
		return recodeRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WeightType createWeightTypeFromString(EDataType eDataType, String initialValue) {
		WeightType result = WeightType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeightTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MultipleResponseType createMultipleResponseTypeFromString(EDataType eDataType, String initialValue) {
		MultipleResponseType result = MultipleResponseType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMultipleResponseTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Otherwise createOtherwiseFromString(EDataType eDataType, String initialValue) {
		Otherwise result = Otherwise.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOtherwiseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasurementLevel createMeasurementLevelFromString(EDataType eDataType, String initialValue) {
		MeasurementLevel result = MeasurementLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasurementLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueType createValueTypeFromString(EDataType eDataType, String initialValue) {
		ValueType result = ValueType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertValueTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissingKind createMissingKindFromString(EDataType eDataType, String initialValue) {
		MissingKind result = MissingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMissingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodebookPackage getCodebookPackage() {
		return (CodebookPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CodebookPackage getPackage() {
		return CodebookPackage.eINSTANCE;
	}

} //CodebookFactoryImpl
