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
import org.voxpop.codebook.Derivation;
import org.voxpop.codebook.MeasurementLevel;
import org.voxpop.codebook.MissingKind;
import org.voxpop.codebook.ValueRange;
import org.voxpop.codebook.ValueType;
import org.voxpop.codebook.Variable;
import org.voxpop.codebook.WeightType;

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
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getPreQuestionText <em>Pre Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getQuestionText <em>Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getPostQuestionText <em>Post Question Text</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getInterviewerInstruction <em>Interviewer Instruction</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getUniverse <em>Universe</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getConcept <em>Concept</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getMeasurementLevel <em>Measurement Level</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getValueType <em>Value Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getWeightType <em>Weight Type</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getReferenceCode <em>Reference Code</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getValueRanges <em>Value Ranges</em>}</li>
 *   <li>{@link org.voxpop.codebook.impl.VariableImpl#getDerivation <em>Derivation</em>}</li>
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
	 * The default value of the '{@link #getPreQuestionText() <em>Pre Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreQuestionText()
	 * @generated
	 * @ordered
	 */
	protected static final String PRE_QUESTION_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreQuestionText() <em>Pre Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreQuestionText()
	 * @generated
	 * @ordered
	 */
	protected String preQuestionText = PRE_QUESTION_TEXT_EDEFAULT;

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
	 * The default value of the '{@link #getPostQuestionText() <em>Post Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostQuestionText()
	 * @generated
	 * @ordered
	 */
	protected static final String POST_QUESTION_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostQuestionText() <em>Post Question Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostQuestionText()
	 * @generated
	 * @ordered
	 */
	protected String postQuestionText = POST_QUESTION_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterviewerInstruction() <em>Interviewer Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviewerInstruction()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERVIEWER_INSTRUCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterviewerInstruction() <em>Interviewer Instruction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviewerInstruction()
	 * @generated
	 * @ordered
	 */
	protected String interviewerInstruction = INTERVIEWER_INSTRUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUniverse() <em>Universe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniverse()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIVERSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUniverse() <em>Universe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniverse()
	 * @generated
	 * @ordered
	 */
	protected String universe = UNIVERSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConcept() <em>Concept</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcept()
	 * @generated
	 * @ordered
	 */
	protected static final String CONCEPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConcept() <em>Concept</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcept()
	 * @generated
	 * @ordered
	 */
	protected String concept = CONCEPT_EDEFAULT;

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
	 * This is true if the Measurement Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean measurementLevelESet;

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
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightType() <em>Weight Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightType()
	 * @generated
	 * @ordered
	 */
	protected static final WeightType WEIGHT_TYPE_EDEFAULT = WeightType.NONE;

	/**
	 * The cached value of the '{@link #getWeightType() <em>Weight Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightType()
	 * @generated
	 * @ordered
	 */
	protected WeightType weightType = WEIGHT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceCode() <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCode()
	 * @generated
	 * @ordered
	 */
	protected static final double REFERENCE_CODE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getReferenceCode() <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCode()
	 * @generated
	 * @ordered
	 */
	protected double referenceCode = REFERENCE_CODE_EDEFAULT;

	/**
	 * This is true if the Reference Code attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean referenceCodeESet;

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
	 * The cached value of the '{@link #getValueRanges() <em>Value Ranges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueRanges()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueRange> valueRanges;

	/**
	 * The cached value of the '{@link #getDerivation() <em>Derivation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivation()
	 * @generated
	 * @ordered
	 */
	protected Derivation derivation;

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
	public String getPreQuestionText() {
		return preQuestionText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreQuestionText(String newPreQuestionText) {
		String oldPreQuestionText = preQuestionText;
		preQuestionText = newPreQuestionText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__PRE_QUESTION_TEXT, oldPreQuestionText, preQuestionText));
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
	public String getPostQuestionText() {
		return postQuestionText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostQuestionText(String newPostQuestionText) {
		String oldPostQuestionText = postQuestionText;
		postQuestionText = newPostQuestionText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__POST_QUESTION_TEXT, oldPostQuestionText, postQuestionText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterviewerInstruction() {
		return interviewerInstruction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterviewerInstruction(String newInterviewerInstruction) {
		String oldInterviewerInstruction = interviewerInstruction;
		interviewerInstruction = newInterviewerInstruction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__INTERVIEWER_INSTRUCTION, oldInterviewerInstruction, interviewerInstruction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUniverse() {
		return universe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUniverse(String newUniverse) {
		String oldUniverse = universe;
		universe = newUniverse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__UNIVERSE, oldUniverse, universe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConcept() {
		return concept;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcept(String newConcept) {
		String oldConcept = concept;
		concept = newConcept;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__CONCEPT, oldConcept, concept));
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
		boolean oldMeasurementLevelESet = measurementLevelESet;
		measurementLevelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__MEASUREMENT_LEVEL, oldMeasurementLevel, measurementLevel, !oldMeasurementLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMeasurementLevel() {
		MeasurementLevel oldMeasurementLevel = measurementLevel;
		boolean oldMeasurementLevelESet = measurementLevelESet;
		measurementLevel = MEASUREMENT_LEVEL_EDEFAULT;
		measurementLevelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CodebookPackage.VARIABLE__MEASUREMENT_LEVEL, oldMeasurementLevel, MEASUREMENT_LEVEL_EDEFAULT, oldMeasurementLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMeasurementLevel() {
		return measurementLevelESet;
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
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightType getWeightType() {
		return weightType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightType(WeightType newWeightType) {
		WeightType oldWeightType = weightType;
		weightType = newWeightType == null ? WEIGHT_TYPE_EDEFAULT : newWeightType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__WEIGHT_TYPE, oldWeightType, weightType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReferenceCode() {
		return referenceCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceCode(double newReferenceCode) {
		double oldReferenceCode = referenceCode;
		referenceCode = newReferenceCode;
		boolean oldReferenceCodeESet = referenceCodeESet;
		referenceCodeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__REFERENCE_CODE, oldReferenceCode, referenceCode, !oldReferenceCodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReferenceCode() {
		double oldReferenceCode = referenceCode;
		boolean oldReferenceCodeESet = referenceCodeESet;
		referenceCode = REFERENCE_CODE_EDEFAULT;
		referenceCodeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CodebookPackage.VARIABLE__REFERENCE_CODE, oldReferenceCode, REFERENCE_CODE_EDEFAULT, oldReferenceCodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReferenceCode() {
		return referenceCodeESet;
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
	public EList<ValueRange> getValueRanges() {
		if (valueRanges == null) {
			valueRanges = new EObjectContainmentEList<ValueRange>(ValueRange.class, this, CodebookPackage.VARIABLE__VALUE_RANGES);
		}
		return valueRanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derivation getDerivation() {
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDerivation(Derivation newDerivation, NotificationChain msgs) {
		Derivation oldDerivation = derivation;
		derivation = newDerivation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__DERIVATION, oldDerivation, newDerivation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivation(Derivation newDerivation) {
		if (newDerivation != derivation) {
			NotificationChain msgs = null;
			if (derivation != null)
				msgs = ((InternalEObject)derivation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CodebookPackage.VARIABLE__DERIVATION, null, msgs);
			if (newDerivation != null)
				msgs = ((InternalEObject)newDerivation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CodebookPackage.VARIABLE__DERIVATION, null, msgs);
			msgs = basicSetDerivation(newDerivation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CodebookPackage.VARIABLE__DERIVATION, newDerivation, newDerivation));
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
	public Category getTextCategory(final String text) {
		if (text == null) return null;
		String trimmed = text.stripTrailing();
		for (Category category : getCategories()) {
			if (trimmed.equals(category.getText())) return category;
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
		return missingKindOf(code) != MissingKind.NONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingKind missingKindOf(final double code) {
		if (Double.isNaN(code)) return MissingKind.SYSTEM;
		Category category = getCategory(code);
		if (category != null) return category.getMissingKind();
		for (ValueRange range : getValueRanges()) {
			if (range.isMissing() && range.contains(code)) return range.getMissingKind();
		}
		return MissingKind.NONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDerived() {
		return getDerivation() != null;
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
			case CodebookPackage.VARIABLE__VALUE_RANGES:
				return ((InternalEList<?>)getValueRanges()).basicRemove(otherEnd, msgs);
			case CodebookPackage.VARIABLE__DERIVATION:
				return basicSetDerivation(null, msgs);
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
			case CodebookPackage.VARIABLE__PRE_QUESTION_TEXT:
				return getPreQuestionText();
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				return getQuestionText();
			case CodebookPackage.VARIABLE__POST_QUESTION_TEXT:
				return getPostQuestionText();
			case CodebookPackage.VARIABLE__INTERVIEWER_INSTRUCTION:
				return getInterviewerInstruction();
			case CodebookPackage.VARIABLE__UNIVERSE:
				return getUniverse();
			case CodebookPackage.VARIABLE__CONCEPT:
				return getConcept();
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				return getMeasurementLevel();
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				return getValueType();
			case CodebookPackage.VARIABLE__WIDTH:
				return getWidth();
			case CodebookPackage.VARIABLE__FORMAT:
				return getFormat();
			case CodebookPackage.VARIABLE__WEIGHT_TYPE:
				return getWeightType();
			case CodebookPackage.VARIABLE__REFERENCE_CODE:
				return getReferenceCode();
			case CodebookPackage.VARIABLE__CATEGORIES:
				return getCategories();
			case CodebookPackage.VARIABLE__VALUE_RANGES:
				return getValueRanges();
			case CodebookPackage.VARIABLE__DERIVATION:
				return getDerivation();
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
			case CodebookPackage.VARIABLE__PRE_QUESTION_TEXT:
				setPreQuestionText((String)newValue);
				return;
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				setQuestionText((String)newValue);
				return;
			case CodebookPackage.VARIABLE__POST_QUESTION_TEXT:
				setPostQuestionText((String)newValue);
				return;
			case CodebookPackage.VARIABLE__INTERVIEWER_INSTRUCTION:
				setInterviewerInstruction((String)newValue);
				return;
			case CodebookPackage.VARIABLE__UNIVERSE:
				setUniverse((String)newValue);
				return;
			case CodebookPackage.VARIABLE__CONCEPT:
				setConcept((String)newValue);
				return;
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				setMeasurementLevel((MeasurementLevel)newValue);
				return;
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				setValueType((ValueType)newValue);
				return;
			case CodebookPackage.VARIABLE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case CodebookPackage.VARIABLE__FORMAT:
				setFormat((String)newValue);
				return;
			case CodebookPackage.VARIABLE__WEIGHT_TYPE:
				setWeightType((WeightType)newValue);
				return;
			case CodebookPackage.VARIABLE__REFERENCE_CODE:
				setReferenceCode((Double)newValue);
				return;
			case CodebookPackage.VARIABLE__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends Category>)newValue);
				return;
			case CodebookPackage.VARIABLE__VALUE_RANGES:
				getValueRanges().clear();
				getValueRanges().addAll((Collection<? extends ValueRange>)newValue);
				return;
			case CodebookPackage.VARIABLE__DERIVATION:
				setDerivation((Derivation)newValue);
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
			case CodebookPackage.VARIABLE__PRE_QUESTION_TEXT:
				setPreQuestionText(PRE_QUESTION_TEXT_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				setQuestionText(QUESTION_TEXT_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__POST_QUESTION_TEXT:
				setPostQuestionText(POST_QUESTION_TEXT_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__INTERVIEWER_INSTRUCTION:
				setInterviewerInstruction(INTERVIEWER_INSTRUCTION_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__UNIVERSE:
				setUniverse(UNIVERSE_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__CONCEPT:
				setConcept(CONCEPT_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				unsetMeasurementLevel();
				return;
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				setValueType(VALUE_TYPE_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__WEIGHT_TYPE:
				setWeightType(WEIGHT_TYPE_EDEFAULT);
				return;
			case CodebookPackage.VARIABLE__REFERENCE_CODE:
				unsetReferenceCode();
				return;
			case CodebookPackage.VARIABLE__CATEGORIES:
				getCategories().clear();
				return;
			case CodebookPackage.VARIABLE__VALUE_RANGES:
				getValueRanges().clear();
				return;
			case CodebookPackage.VARIABLE__DERIVATION:
				setDerivation((Derivation)null);
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
			case CodebookPackage.VARIABLE__PRE_QUESTION_TEXT:
				return PRE_QUESTION_TEXT_EDEFAULT == null ? preQuestionText != null : !PRE_QUESTION_TEXT_EDEFAULT.equals(preQuestionText);
			case CodebookPackage.VARIABLE__QUESTION_TEXT:
				return QUESTION_TEXT_EDEFAULT == null ? questionText != null : !QUESTION_TEXT_EDEFAULT.equals(questionText);
			case CodebookPackage.VARIABLE__POST_QUESTION_TEXT:
				return POST_QUESTION_TEXT_EDEFAULT == null ? postQuestionText != null : !POST_QUESTION_TEXT_EDEFAULT.equals(postQuestionText);
			case CodebookPackage.VARIABLE__INTERVIEWER_INSTRUCTION:
				return INTERVIEWER_INSTRUCTION_EDEFAULT == null ? interviewerInstruction != null : !INTERVIEWER_INSTRUCTION_EDEFAULT.equals(interviewerInstruction);
			case CodebookPackage.VARIABLE__UNIVERSE:
				return UNIVERSE_EDEFAULT == null ? universe != null : !UNIVERSE_EDEFAULT.equals(universe);
			case CodebookPackage.VARIABLE__CONCEPT:
				return CONCEPT_EDEFAULT == null ? concept != null : !CONCEPT_EDEFAULT.equals(concept);
			case CodebookPackage.VARIABLE__MEASUREMENT_LEVEL:
				return isSetMeasurementLevel();
			case CodebookPackage.VARIABLE__VALUE_TYPE:
				return valueType != VALUE_TYPE_EDEFAULT;
			case CodebookPackage.VARIABLE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case CodebookPackage.VARIABLE__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case CodebookPackage.VARIABLE__WEIGHT_TYPE:
				return weightType != WEIGHT_TYPE_EDEFAULT;
			case CodebookPackage.VARIABLE__REFERENCE_CODE:
				return isSetReferenceCode();
			case CodebookPackage.VARIABLE__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case CodebookPackage.VARIABLE__VALUE_RANGES:
				return valueRanges != null && !valueRanges.isEmpty();
			case CodebookPackage.VARIABLE__DERIVATION:
				return derivation != null;
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
			case CodebookPackage.VARIABLE___GET_TEXT_CATEGORY__STRING:
				return getTextCategory((String)arguments.get(0));
			case CodebookPackage.VARIABLE___IS_MISSING_CODE__DOUBLE:
				return isMissingCode((Double)arguments.get(0));
			case CodebookPackage.VARIABLE___MISSING_KIND_OF__DOUBLE:
				return missingKindOf((Double)arguments.get(0));
			case CodebookPackage.VARIABLE___IS_DERIVED:
				return isDerived();
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
		result.append(", preQuestionText: ");
		result.append(preQuestionText);
		result.append(", questionText: ");
		result.append(questionText);
		result.append(", postQuestionText: ");
		result.append(postQuestionText);
		result.append(", interviewerInstruction: ");
		result.append(interviewerInstruction);
		result.append(", universe: ");
		result.append(universe);
		result.append(", concept: ");
		result.append(concept);
		result.append(", measurementLevel: ");
		if (measurementLevelESet) result.append(measurementLevel); else result.append("<unset>");
		result.append(", valueType: ");
		result.append(valueType);
		result.append(", width: ");
		result.append(width);
		result.append(", format: ");
		result.append(format);
		result.append(", weightType: ");
		result.append(weightType);
		result.append(", referenceCode: ");
		if (referenceCodeESet) result.append(referenceCode); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //VariableImpl
