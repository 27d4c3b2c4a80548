/**
 */
package org.voxpop.codebook.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.MultipleResponseType;
import org.voxpop.codebook.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Multiple Response Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.impl.MultipleResponseSetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.MultipleResponseSetImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.MultipleResponseSetImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.MultipleResponseSetImpl#getCountedValue <em>Counted Value</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.MultipleResponseSetImpl#isCategoryLabelSource <em>Category Label Source</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.MultipleResponseSetImpl#getVariables <em>Variables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MultipleResponseSetImpl extends MinimalEObjectImpl.Container implements MultipleResponseSet {
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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final MultipleResponseType TYPE_EDEFAULT = MultipleResponseType.DICHOTOMIES;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected MultipleResponseType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountedValue() <em>Counted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountedValue()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountedValue() <em>Counted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountedValue()
	 * @generated
	 * @ordered
	 */
	protected String countedValue = COUNTED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCategoryLabelSource() <em>Category Label Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCategoryLabelSource()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CATEGORY_LABEL_SOURCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCategoryLabelSource() <em>Category Label Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCategoryLabelSource()
	 * @generated
	 * @ordered
	 */
	protected boolean categoryLabelSource = CATEGORY_LABEL_SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MultipleResponseSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodebookPackage.Literals.MULTIPLE_RESPONSE_SET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.MULTIPLE_RESPONSE_SET__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.MULTIPLE_RESPONSE_SET__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultipleResponseType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(MultipleResponseType newType) {
		MultipleResponseType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.MULTIPLE_RESPONSE_SET__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountedValue() {
		return countedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountedValue(String newCountedValue) {
		String oldCountedValue = countedValue;
		countedValue = newCountedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE, oldCountedValue, countedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCategoryLabelSource() {
		return categoryLabelSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategoryLabelSource(boolean newCategoryLabelSource) {
		boolean oldCategoryLabelSource = categoryLabelSource;
		categoryLabelSource = newCategoryLabelSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.MULTIPLE_RESPONSE_SET__CATEGORY_LABEL_SOURCE, oldCategoryLabelSource, categoryLabelSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectResolvingEList<Variable>(Variable.class, this, CodebookPackage.MULTIPLE_RESPONSE_SET__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CodebookPackage.MULTIPLE_RESPONSE_SET__NAME:
				return getName();
			case CodebookPackage.MULTIPLE_RESPONSE_SET__LABEL:
				return getLabel();
			case CodebookPackage.MULTIPLE_RESPONSE_SET__TYPE:
				return getType();
			case CodebookPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				return getCountedValue();
			case CodebookPackage.MULTIPLE_RESPONSE_SET__CATEGORY_LABEL_SOURCE:
				return isCategoryLabelSource();
			case CodebookPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				return getVariables();
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
			case CodebookPackage.MULTIPLE_RESPONSE_SET__NAME:
				setName((String)newValue);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__LABEL:
				setLabel((String)newValue);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__TYPE:
				setType((MultipleResponseType)newValue);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				setCountedValue((String)newValue);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__CATEGORY_LABEL_SOURCE:
				setCategoryLabelSource((Boolean)newValue);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
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
			case CodebookPackage.MULTIPLE_RESPONSE_SET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				setCountedValue(COUNTED_VALUE_EDEFAULT);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__CATEGORY_LABEL_SOURCE:
				setCategoryLabelSource(CATEGORY_LABEL_SOURCE_EDEFAULT);
				return;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				getVariables().clear();
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
			case CodebookPackage.MULTIPLE_RESPONSE_SET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CodebookPackage.MULTIPLE_RESPONSE_SET__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case CodebookPackage.MULTIPLE_RESPONSE_SET__TYPE:
				return type != TYPE_EDEFAULT;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__COUNTED_VALUE:
				return COUNTED_VALUE_EDEFAULT == null ? countedValue != null : !COUNTED_VALUE_EDEFAULT.equals(countedValue);
			case CodebookPackage.MULTIPLE_RESPONSE_SET__CATEGORY_LABEL_SOURCE:
				return categoryLabelSource != CATEGORY_LABEL_SOURCE_EDEFAULT;
			case CodebookPackage.MULTIPLE_RESPONSE_SET__VARIABLES:
				return variables != null && !variables.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(", type: ");
		result.append(type);
		result.append(", countedValue: ");
		result.append(countedValue);
		result.append(", categoryLabelSource: ");
		result.append(categoryLabelSource);
		result.append(')');
		return result.toString();
	}

} //MultipleResponseSetImpl
