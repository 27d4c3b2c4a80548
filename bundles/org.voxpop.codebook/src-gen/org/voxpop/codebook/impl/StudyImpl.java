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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.voxpop.codebook.CodebookPackage;
import org.voxpop.codebook.MultipleResponseSet;
import org.voxpop.codebook.QuestionSet;
import org.voxpop.codebook.Study;
import org.voxpop.codebook.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getWave <em>Wave</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getFieldworkStart <em>Fieldwork Start</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getFieldworkEnd <em>Fieldwork End</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getCaseCount <em>Case Count</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getFileEncoding <em>File Encoding</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getWeightVariable <em>Weight Variable</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getMultipleResponseSets <em>Multiple Response Sets</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.StudyImpl#getQuestionSets <em>Question Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends MinimalEObjectImpl.Container implements Study {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWave() <em>Wave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWave()
	 * @generated
	 * @ordered
	 */
	protected static final String WAVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWave() <em>Wave</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWave()
	 * @generated
	 * @ordered
	 */
	protected String wave = WAVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldworkStart() <em>Fieldwork Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkStart()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELDWORK_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldworkStart() <em>Fieldwork Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkStart()
	 * @generated
	 * @ordered
	 */
	protected String fieldworkStart = FIELDWORK_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldworkEnd() <em>Fieldwork End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELDWORK_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldworkEnd() <em>Fieldwork End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldworkEnd()
	 * @generated
	 * @ordered
	 */
	protected String fieldworkEnd = FIELDWORK_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseCount() <em>Case Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseCount()
	 * @generated
	 * @ordered
	 */
	protected static final int CASE_COUNT_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getCaseCount() <em>Case Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseCount()
	 * @generated
	 * @ordered
	 */
	protected int caseCount = CASE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileEncoding() <em>File Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_ENCODING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileEncoding() <em>File Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileEncoding()
	 * @generated
	 * @ordered
	 */
	protected String fileEncoding = FILE_ENCODING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> documents;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * The cached value of the '{@link #getWeightVariable() <em>Weight Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightVariable()
	 * @generated
	 * @ordered
	 */
	protected Variable weightVariable;

	/**
	 * The cached value of the '{@link #getMultipleResponseSets() <em>Multiple Response Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipleResponseSets()
	 * @generated
	 * @ordered
	 */
	protected EList<MultipleResponseSet> multipleResponseSets;

	/**
	 * The cached value of the '{@link #getQuestionSets() <em>Question Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionSets()
	 * @generated
	 * @ordered
	 */
	protected EList<QuestionSet> questionSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CodebookPackage.Literals.STUDY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWave() {
		return wave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWave(String newWave) {
		String oldWave = wave;
		wave = newWave;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__WAVE, oldWave, wave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldworkStart() {
		return fieldworkStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldworkStart(String newFieldworkStart) {
		String oldFieldworkStart = fieldworkStart;
		fieldworkStart = newFieldworkStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__FIELDWORK_START, oldFieldworkStart, fieldworkStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldworkEnd() {
		return fieldworkEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldworkEnd(String newFieldworkEnd) {
		String oldFieldworkEnd = fieldworkEnd;
		fieldworkEnd = newFieldworkEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__FIELDWORK_END, oldFieldworkEnd, fieldworkEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCaseCount() {
		return caseCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseCount(int newCaseCount) {
		int oldCaseCount = caseCount;
		caseCount = newCaseCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__CASE_COUNT, oldCaseCount, caseCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileEncoding() {
		return fileEncoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileEncoding(String newFileEncoding) {
		String oldFileEncoding = fileEncoding;
		fileEncoding = newFileEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__FILE_ENCODING, oldFileEncoding, fileEncoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDocuments() {
		if (documents == null) {
			documents = new EDataTypeUniqueEList<String>(String.class, this, CodebookPackage.STUDY__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<Variable>(Variable.class, this, CodebookPackage.STUDY__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getWeightVariable() {
		if (weightVariable != null && weightVariable.eIsProxy()) {
			InternalEObject oldWeightVariable = (InternalEObject)weightVariable;
			weightVariable = (Variable)eResolveProxy(oldWeightVariable);
			if (weightVariable != oldWeightVariable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CodebookPackage.STUDY__WEIGHT_VARIABLE, oldWeightVariable, weightVariable));
			}
		}
		return weightVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetWeightVariable() {
		return weightVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightVariable(Variable newWeightVariable) {
		Variable oldWeightVariable = weightVariable;
		weightVariable = newWeightVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.STUDY__WEIGHT_VARIABLE, oldWeightVariable, weightVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MultipleResponseSet> getMultipleResponseSets() {
		if (multipleResponseSets == null) {
			multipleResponseSets = new EObjectContainmentEList<MultipleResponseSet>(MultipleResponseSet.class, this, CodebookPackage.STUDY__MULTIPLE_RESPONSE_SETS);
		}
		return multipleResponseSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuestionSet> getQuestionSets() {
		if (questionSets == null) {
			questionSets = new EObjectContainmentEList<QuestionSet>(QuestionSet.class, this, CodebookPackage.STUDY__QUESTION_SETS);
		}
		return questionSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getVariable(final String name) {
		if (name == null) return null;
		for (Variable variable : getVariables()) {
			if (name.equals(variable.getName())) return variable;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuestionSet getQuestionSet(final String name) {
		if (name == null) return null;
		for (QuestionSet set : getQuestionSets()) {
			if (name.equals(set.getName())) return set;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultipleResponseSet getMultipleResponseSet(final String name) {
		if (name == null) return null;
		for (MultipleResponseSet set : getMultipleResponseSets()) {
			if (name.equals(set.getName())) return set;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CodebookPackage.STUDY__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
			case CodebookPackage.STUDY__MULTIPLE_RESPONSE_SETS:
				return ((InternalEList<?>)getMultipleResponseSets()).basicRemove(otherEnd, msgs);
			case CodebookPackage.STUDY__QUESTION_SETS:
				return ((InternalEList<?>)getQuestionSets()).basicRemove(otherEnd, msgs);
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
			case CodebookPackage.STUDY__NAME:
				return getName();
			case CodebookPackage.STUDY__TITLE:
				return getTitle();
			case CodebookPackage.STUDY__COUNTRY:
				return getCountry();
			case CodebookPackage.STUDY__YEAR:
				return getYear();
			case CodebookPackage.STUDY__WAVE:
				return getWave();
			case CodebookPackage.STUDY__FIELDWORK_START:
				return getFieldworkStart();
			case CodebookPackage.STUDY__FIELDWORK_END:
				return getFieldworkEnd();
			case CodebookPackage.STUDY__CASE_COUNT:
				return getCaseCount();
			case CodebookPackage.STUDY__FILE_ENCODING:
				return getFileEncoding();
			case CodebookPackage.STUDY__DOCUMENTS:
				return getDocuments();
			case CodebookPackage.STUDY__VARIABLES:
				return getVariables();
			case CodebookPackage.STUDY__WEIGHT_VARIABLE:
				if (resolve) return getWeightVariable();
				return basicGetWeightVariable();
			case CodebookPackage.STUDY__MULTIPLE_RESPONSE_SETS:
				return getMultipleResponseSets();
			case CodebookPackage.STUDY__QUESTION_SETS:
				return getQuestionSets();
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
			case CodebookPackage.STUDY__NAME:
				setName((String)newValue);
				return;
			case CodebookPackage.STUDY__TITLE:
				setTitle((String)newValue);
				return;
			case CodebookPackage.STUDY__COUNTRY:
				setCountry((String)newValue);
				return;
			case CodebookPackage.STUDY__YEAR:
				setYear((Integer)newValue);
				return;
			case CodebookPackage.STUDY__WAVE:
				setWave((String)newValue);
				return;
			case CodebookPackage.STUDY__FIELDWORK_START:
				setFieldworkStart((String)newValue);
				return;
			case CodebookPackage.STUDY__FIELDWORK_END:
				setFieldworkEnd((String)newValue);
				return;
			case CodebookPackage.STUDY__CASE_COUNT:
				setCaseCount((Integer)newValue);
				return;
			case CodebookPackage.STUDY__FILE_ENCODING:
				setFileEncoding((String)newValue);
				return;
			case CodebookPackage.STUDY__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends String>)newValue);
				return;
			case CodebookPackage.STUDY__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case CodebookPackage.STUDY__WEIGHT_VARIABLE:
				setWeightVariable((Variable)newValue);
				return;
			case CodebookPackage.STUDY__MULTIPLE_RESPONSE_SETS:
				getMultipleResponseSets().clear();
				getMultipleResponseSets().addAll((Collection<? extends MultipleResponseSet>)newValue);
				return;
			case CodebookPackage.STUDY__QUESTION_SETS:
				getQuestionSets().clear();
				getQuestionSets().addAll((Collection<? extends QuestionSet>)newValue);
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
			case CodebookPackage.STUDY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CodebookPackage.STUDY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CodebookPackage.STUDY__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case CodebookPackage.STUDY__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case CodebookPackage.STUDY__WAVE:
				setWave(WAVE_EDEFAULT);
				return;
			case CodebookPackage.STUDY__FIELDWORK_START:
				setFieldworkStart(FIELDWORK_START_EDEFAULT);
				return;
			case CodebookPackage.STUDY__FIELDWORK_END:
				setFieldworkEnd(FIELDWORK_END_EDEFAULT);
				return;
			case CodebookPackage.STUDY__CASE_COUNT:
				setCaseCount(CASE_COUNT_EDEFAULT);
				return;
			case CodebookPackage.STUDY__FILE_ENCODING:
				setFileEncoding(FILE_ENCODING_EDEFAULT);
				return;
			case CodebookPackage.STUDY__DOCUMENTS:
				getDocuments().clear();
				return;
			case CodebookPackage.STUDY__VARIABLES:
				getVariables().clear();
				return;
			case CodebookPackage.STUDY__WEIGHT_VARIABLE:
				setWeightVariable((Variable)null);
				return;
			case CodebookPackage.STUDY__MULTIPLE_RESPONSE_SETS:
				getMultipleResponseSets().clear();
				return;
			case CodebookPackage.STUDY__QUESTION_SETS:
				getQuestionSets().clear();
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
			case CodebookPackage.STUDY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CodebookPackage.STUDY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CodebookPackage.STUDY__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case CodebookPackage.STUDY__YEAR:
				return year != YEAR_EDEFAULT;
			case CodebookPackage.STUDY__WAVE:
				return WAVE_EDEFAULT == null ? wave != null : !WAVE_EDEFAULT.equals(wave);
			case CodebookPackage.STUDY__FIELDWORK_START:
				return FIELDWORK_START_EDEFAULT == null ? fieldworkStart != null : !FIELDWORK_START_EDEFAULT.equals(fieldworkStart);
			case CodebookPackage.STUDY__FIELDWORK_END:
				return FIELDWORK_END_EDEFAULT == null ? fieldworkEnd != null : !FIELDWORK_END_EDEFAULT.equals(fieldworkEnd);
			case CodebookPackage.STUDY__CASE_COUNT:
				return caseCount != CASE_COUNT_EDEFAULT;
			case CodebookPackage.STUDY__FILE_ENCODING:
				return FILE_ENCODING_EDEFAULT == null ? fileEncoding != null : !FILE_ENCODING_EDEFAULT.equals(fileEncoding);
			case CodebookPackage.STUDY__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case CodebookPackage.STUDY__VARIABLES:
				return variables != null && !variables.isEmpty();
			case CodebookPackage.STUDY__WEIGHT_VARIABLE:
				return weightVariable != null;
			case CodebookPackage.STUDY__MULTIPLE_RESPONSE_SETS:
				return multipleResponseSets != null && !multipleResponseSets.isEmpty();
			case CodebookPackage.STUDY__QUESTION_SETS:
				return questionSets != null && !questionSets.isEmpty();
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
			case CodebookPackage.STUDY___GET_VARIABLE__STRING:
				return getVariable((String)arguments.get(0));
			case CodebookPackage.STUDY___GET_QUESTION_SET__STRING:
				return getQuestionSet((String)arguments.get(0));
			case CodebookPackage.STUDY___GET_MULTIPLE_RESPONSE_SET__STRING:
				return getMultipleResponseSet((String)arguments.get(0));
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
		result.append(", title: ");
		result.append(title);
		result.append(", country: ");
		result.append(country);
		result.append(", year: ");
		result.append(year);
		result.append(", wave: ");
		result.append(wave);
		result.append(", fieldworkStart: ");
		result.append(fieldworkStart);
		result.append(", fieldworkEnd: ");
		result.append(fieldworkEnd);
		result.append(", caseCount: ");
		result.append(caseCount);
		result.append(", fileEncoding: ");
		result.append(fileEncoding);
		result.append(", documents: ");
		result.append(documents);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
