/**
 */
package org.voxpop.codebook.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.voxpop.codebook.Category;
import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getMeasurementLevel <em>Measurement Level</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getValueType <em>Value Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getCategories <em>Categories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VariableImpl extends MinimalEObjectImpl.Container implements Variable {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestionText() <em>Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionText()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionText() <em>Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionText()
	 * @generated
	 * @ordered
	 */
	protected String questionText = QUESTION_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasurementLevel() <em>Measurement Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurementLevel()
	 * @generated
	 * @ordered
	 */
	protected static final MeasurementLevel MEASUREMENT_LEVEL_EDEFAULT = MeasurementLevel.SCALE;

	/**
	 * The cached value of the '{@link #getMeasurementLevel() <em>Measurement Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurementLevel()
	 * @generated
	 * @ordered
	 */
	protected MeasurementLevel measurementLevel = MEASUREMENT_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueType() <em>Value Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueType()
	 * @generated
	 * @ordered
	 */
	protected static final ValueType VALUE_TYPE_EDEFAULT = ValueType.NUMERIC;

	/**
	 * The cached value of the '{@link #getValueType() <em>Value Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueType()
	 * @generated
	 * @ordered
	 */
	protected ValueType valueType = VALUE_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<Category> categories;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VariableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodebookPackage.Literals.VARIABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionText() {
		return questionText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionText(String newQuestionText) {
		String oldQuestionText = questionText;
		questionText = newQuestionText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__QUESTION_TEXT, oldQuestionText, questionText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementLevel getMeasurementLevel() {
		return measurementLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasurementLevel(MeasurementLevel newMeasurementLevel) {
		MeasurementLevel oldMeasurementLevel = measurementLevel;
		measurementLevel = newMeasurementLevel == null ? MEASUREMENT_LEVEL_EDEFAULT : newMeasurementLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__MEASUREMENT_LEVEL, oldMeasurementLevel, measurementLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueType getValueType() {
		return valueType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueType(ValueType newValueType) {
		ValueType oldValueType = valueType;
		valueType = newValueType == null ? VALUE_TYPE_EDEFAULT : newValueType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__VALUE_TYPE, oldValueType, valueType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Category> getCategories() {
		if (categories == null) {
			categories = new EObjectContainmentEList<Category>(Category.class, this, CodebookPackage.VARIABLE__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Category getCategory(final double code) {
		for (Category category : getCategories()) {
			if (Double.compare(category.getCode(), code) == 0) return category;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMissingCode(final double code) {
		if (Double.isNaN(code)) return true;
		Category category = getCategory(code);
		return category != null && category.isMissing();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CodebookPackage.VARIABLE__CATEGORIES:
				return ((InternalEList<?>)getCategories()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CodebookPackage.VARIABLE__NAME:
				return getName();
			case CodebookPackage.VARIABLE__LABEL:
				return getLabel();
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				return getQuestionText();
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				return getMeasurementLevel();
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				return getValueType();
			case CodebookPackage.VARIABLE__CATEGORIES:
				return getCategories();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CodebookPackage.VARIABLE__NAME:
				setName((String)newValue);
				return;
			case CodebookPackage.VARIABLE__LABEL:
				setLabel((String)newValue);
				return;
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				setQuestionText((String)newValue);
				return;
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				setMeasurementLevel((MeasurementLevel)newValue);
				return;
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				setValueType((ValueType)newValue);
				return;
			case CodebookPackage.VARIABLE__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends Category>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CodebookPackage.VARIABLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				setQuestionText(QUESTION_TEXT_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				setMeasurementLevel(MEASUREMENT_LEVEL_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				setValueType(VALUE_TYPE_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__CATEGORIES:
				getCategories().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CodebookPackage.VARIABLE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CodebookPackage.VARIABLE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				return QUESTION_TEXT_EDEFAULT == null ? questionText != null : !QUESTION_TEXT_EDEFAULT.equals(questionText);
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				return measurementLevel != MEASUREMENT_LEVEL_EDEFAULT;
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				return valueType != VALUE_TYPE_EDEFAULT;
			case CodebookPackage.VARIABLE__CATEGORIES:
				return categories != null && !categories.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CodebookPackage.VARIABLE___GET_CATEGORY__DOUBLE:
				return getCategory((Double)arguments.get(0));
			case CodebookPackage.VARIABLE___IS_MISSING_CODE__DOUBLE:
				return isMissingCode((Double)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", label: ");
		result.append(label);
		result.append(", questionText: ");
		result.append(questionText);
		result.append(", measurementLevel: ");
		result.append(measurementLevel);
		result.append(", valueType: ");
		result.append(valueType);
		result.append(')');
		return result.toString();
	}

} //VariableImpl
