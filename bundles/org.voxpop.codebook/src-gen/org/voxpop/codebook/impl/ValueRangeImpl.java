/**
 */
package org.voxpop.codebook.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.ValueRange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value Range</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.impl.ValueRangeImpl#getLow <em>Low</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.ValueRangeImpl#getHigh <em>High</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.ValueRangeImpl#getMissingKind <em>Missing Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValueRangeImpl extends MinimalEObjectImpl.Container implements ValueRange {
	/**
	 * The default value of the '{@link #getLow() <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLow()
	 * @generated
	 * @ordered
	 */
	protected static final double LOW_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLow() <em>Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLow()
	 * @generated
	 * @ordered
	 */
	protected double low = LOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getHigh() <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHigh()
	 * @generated
	 * @ordered
	 */
	protected static final double HIGH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHigh() <em>High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHigh()
	 * @generated
	 * @ordered
	 */
	protected double high = HIGH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingKind() <em>Missing Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingKind()
	 * @generated
	 * @ordered
	 */
	protected static final MissingKind MISSING_KIND_EDEFAULT = MissingKind.NONE;

	/**
	 * The cached value of the '{@link #getMissingKind() <em>Missing Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingKind()
	 * @generated
	 * @ordered
	 */
	protected MissingKind missingKind = MISSING_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValueRangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodebookPackage.Literals.VALUE_RANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLow() {
		return low;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLow(double newLow) {
		double oldLow = low;
		low = newLow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VALUE_RANGE__LOW, oldLow, low));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHigh() {
		return high;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHigh(double newHigh) {
		double oldHigh = high;
		high = newHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VALUE_RANGE__HIGH, oldHigh, high));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingKind getMissingKind() {
		return missingKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingKind(MissingKind newMissingKind) {
		MissingKind oldMissingKind = missingKind;
		missingKind = newMissingKind == null ? MISSING_KIND_EDEFAULT : newMissingKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VALUE_RANGE__MISSING_KIND, oldMissingKind, missingKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMissing() {
		return getMissingKind() != MissingKind.NONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean contains(final double code) {
		return code >= getLow() && code <= getHigh();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CodebookPackage.VALUE_RANGE__LOW:
				return getLow();
			case CodebookPackage.VALUE_RANGE__HIGH:
				return getHigh();
			case CodebookPackage.VALUE_RANGE__MISSING_KIND:
				return getMissingKind();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CodebookPackage.VALUE_RANGE__LOW:
				setLow((Double)newValue);
				return;
			case CodebookPackage.VALUE_RANGE__HIGH:
				setHigh((Double)newValue);
				return;
			case CodebookPackage.VALUE_RANGE__MISSING_KIND:
				setMissingKind((MissingKind)newValue);
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
			case CodebookPackage.VALUE_RANGE__LOW:
				setLow(LOW_EDEFAULT);
				return;
			case CodebookPackage.VALUE_RANGE__HIGH:
				setHigh(HIGH_EDEFAULT);
				return;
			case CodebookPackage.VALUE_RANGE__MISSING_KIND:
				setMissingKind(MISSING_KIND_EDEFAULT);
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
			case CodebookPackage.VALUE_RANGE__LOW:
				return low != LOW_EDEFAULT;
			case CodebookPackage.VALUE_RANGE__HIGH:
				return high != HIGH_EDEFAULT;
			case CodebookPackage.VALUE_RANGE__MISSING_KIND:
				return missingKind != MISSING_KIND_EDEFAULT;
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
			case CodebookPackage.VALUE_RANGE___IS_MISSING:
				return isMissing();
			case CodebookPackage.VALUE_RANGE___CONTAINS__DOUBLE:
				return contains((Double)arguments.get(0));
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
		result.append(" (low: ");
		result.append(low);
		result.append(", high: ");
		result.append(high);
		result.append(", missingKind: ");
		result.append(missingKind);
		result.append(')');
		return result.toString();
	}

} //ValueRangeImpl
