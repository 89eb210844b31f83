/**
 */
package org.retailerdesk.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getVisitor <em>Visitor</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#isShopOpen <em>Shop Open</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getSalesNote <em>Sales Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getStockNote <em>Stock Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getComplianceNote <em>Compliance Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getNewProductNote <em>New Product Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link org.retailerdesk.model.impl.VisitImpl#getFollowUpDue <em>Follow Up Due</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VisitImpl extends EntityImpl implements Visit {
	/**
	 * The cached value of the '{@link #getRetailer() <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetailer()
	 * @generated
	 * @ordered
	 */
	protected Retailer retailer;

	/**
	 * The cached value of the '{@link #getVisitor() <em>Visitor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitor()
	 * @generated
	 * @ordered
	 */
	protected Staff visitor;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final VisitPurpose PURPOSE_EDEFAULT = VisitPurpose.ROUTINE;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected VisitPurpose purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #isShopOpen() <em>Shop Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShopOpen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHOP_OPEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShopOpen() <em>Shop Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShopOpen()
	 * @generated
	 * @ordered
	 */
	protected boolean shopOpen = SHOP_OPEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSalesNote() <em>Sales Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesNote()
	 * @generated
	 * @ordered
	 */
	protected static final String SALES_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalesNote() <em>Sales Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesNote()
	 * @generated
	 * @ordered
	 */
	protected String salesNote = SALES_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStockNote() <em>Stock Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStockNote()
	 * @generated
	 * @ordered
	 */
	protected static final String STOCK_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStockNote() <em>Stock Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStockNote()
	 * @generated
	 * @ordered
	 */
	protected String stockNote = STOCK_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplianceNote() <em>Compliance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceNote()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLIANCE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComplianceNote() <em>Compliance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceNote()
	 * @generated
	 * @ordered
	 */
	protected String complianceNote = COMPLIANCE_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewProductNote() <em>New Product Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewProductNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_PRODUCT_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewProductNote() <em>New Product Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewProductNote()
	 * @generated
	 * @ordered
	 */
	protected String newProductNote = NEW_PRODUCT_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplaint() <em>Complaint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaint()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLAINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComplaint() <em>Complaint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaint()
	 * @generated
	 * @ordered
	 */
	protected String complaint = COMPLAINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUp()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLLOW_UP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUp()
	 * @generated
	 * @ordered
	 */
	protected String followUp = FOLLOW_UP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUpDue() <em>Follow Up Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOLLOW_UP_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUpDue() <em>Follow Up Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate followUpDue = FOLLOW_UP_DUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VisitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RetailerdeskPackage.Literals.VISIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Retailer getRetailer() {
		if (retailer != null && retailer.eIsProxy()) {
			InternalEObject oldRetailer = (InternalEObject)retailer;
			retailer = (Retailer)eResolveProxy(oldRetailer);
			if (retailer != oldRetailer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.VISIT__RETAILER, oldRetailer, retailer));
			}
		}
		return retailer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Retailer basicGetRetailer() {
		return retailer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetailer(Retailer newRetailer) {
		Retailer oldRetailer = retailer;
		retailer = newRetailer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__RETAILER, oldRetailer, retailer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Staff getVisitor() {
		if (visitor != null && visitor.eIsProxy()) {
			InternalEObject oldVisitor = (InternalEObject)visitor;
			visitor = (Staff)eResolveProxy(oldVisitor);
			if (visitor != oldVisitor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RetailerdeskPackage.VISIT__VISITOR, oldVisitor, visitor));
			}
		}
		return visitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Staff basicGetVisitor() {
		return visitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitor(Staff newVisitor) {
		Staff oldVisitor = visitor;
		visitor = newVisitor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__VISITOR, oldVisitor, visitor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitPurpose getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(VisitPurpose newPurpose) {
		VisitPurpose oldPurpose = purpose;
		purpose = newPurpose == null ? PURPOSE_EDEFAULT : newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShopOpen() {
		return shopOpen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShopOpen(boolean newShopOpen) {
		boolean oldShopOpen = shopOpen;
		shopOpen = newShopOpen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__SHOP_OPEN, oldShopOpen, shopOpen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSalesNote() {
		return salesNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalesNote(String newSalesNote) {
		String oldSalesNote = salesNote;
		salesNote = newSalesNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__SALES_NOTE, oldSalesNote, salesNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStockNote() {
		return stockNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStockNote(String newStockNote) {
		String oldStockNote = stockNote;
		stockNote = newStockNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__STOCK_NOTE, oldStockNote, stockNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComplianceNote() {
		return complianceNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplianceNote(String newComplianceNote) {
		String oldComplianceNote = complianceNote;
		complianceNote = newComplianceNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__COMPLIANCE_NOTE, oldComplianceNote, complianceNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewProductNote() {
		return newProductNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewProductNote(String newNewProductNote) {
		String oldNewProductNote = newProductNote;
		newProductNote = newNewProductNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__NEW_PRODUCT_NOTE, oldNewProductNote, newProductNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComplaint() {
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplaint(String newComplaint) {
		String oldComplaint = complaint;
		complaint = newComplaint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__COMPLAINT, oldComplaint, complaint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFollowUp() {
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUp(String newFollowUp) {
		String oldFollowUp = followUp;
		followUp = newFollowUp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__FOLLOW_UP, oldFollowUp, followUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFollowUpDue() {
		return followUpDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpDue(LocalDate newFollowUpDue) {
		LocalDate oldFollowUpDue = followUpDue;
		followUpDue = newFollowUpDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RetailerdeskPackage.VISIT__FOLLOW_UP_DUE, oldFollowUpDue, followUpDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RetailerdeskPackage.VISIT__RETAILER:
				if (resolve) return getRetailer();
				return basicGetRetailer();
			case RetailerdeskPackage.VISIT__VISITOR:
				if (resolve) return getVisitor();
				return basicGetVisitor();
			case RetailerdeskPackage.VISIT__DATE:
				return getDate();
			case RetailerdeskPackage.VISIT__PURPOSE:
				return getPurpose();
			case RetailerdeskPackage.VISIT__SHOP_OPEN:
				return isShopOpen();
			case RetailerdeskPackage.VISIT__SALES_NOTE:
				return getSalesNote();
			case RetailerdeskPackage.VISIT__STOCK_NOTE:
				return getStockNote();
			case RetailerdeskPackage.VISIT__COMPLIANCE_NOTE:
				return getComplianceNote();
			case RetailerdeskPackage.VISIT__NEW_PRODUCT_NOTE:
				return getNewProductNote();
			case RetailerdeskPackage.VISIT__COMPLAINT:
				return getComplaint();
			case RetailerdeskPackage.VISIT__NOTE:
				return getNote();
			case RetailerdeskPackage.VISIT__FOLLOW_UP:
				return getFollowUp();
			case RetailerdeskPackage.VISIT__FOLLOW_UP_DUE:
				return getFollowUpDue();
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
			case RetailerdeskPackage.VISIT__RETAILER:
				setRetailer((Retailer)newValue);
				return;
			case RetailerdeskPackage.VISIT__VISITOR:
				setVisitor((Staff)newValue);
				return;
			case RetailerdeskPackage.VISIT__DATE:
				setDate((LocalDate)newValue);
				return;
			case RetailerdeskPackage.VISIT__PURPOSE:
				setPurpose((VisitPurpose)newValue);
				return;
			case RetailerdeskPackage.VISIT__SHOP_OPEN:
				setShopOpen((Boolean)newValue);
				return;
			case RetailerdeskPackage.VISIT__SALES_NOTE:
				setSalesNote((String)newValue);
				return;
			case RetailerdeskPackage.VISIT__STOCK_NOTE:
				setStockNote((String)newValue);
				return;
			case RetailerdeskPackage.VISIT__COMPLIANCE_NOTE:
				setComplianceNote((String)newValue);
				return;
			case RetailerdeskPackage.VISIT__NEW_PRODUCT_NOTE:
				setNewProductNote((String)newValue);
				return;
			case RetailerdeskPackage.VISIT__COMPLAINT:
				setComplaint((String)newValue);
				return;
			case RetailerdeskPackage.VISIT__NOTE:
				setNote((String)newValue);
				return;
			case RetailerdeskPackage.VISIT__FOLLOW_UP:
				setFollowUp((String)newValue);
				return;
			case RetailerdeskPackage.VISIT__FOLLOW_UP_DUE:
				setFollowUpDue((LocalDate)newValue);
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
			case RetailerdeskPackage.VISIT__RETAILER:
				setRetailer((Retailer)null);
				return;
			case RetailerdeskPackage.VISIT__VISITOR:
				setVisitor((Staff)null);
				return;
			case RetailerdeskPackage.VISIT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__SHOP_OPEN:
				setShopOpen(SHOP_OPEN_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__SALES_NOTE:
				setSalesNote(SALES_NOTE_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__STOCK_NOTE:
				setStockNote(STOCK_NOTE_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__COMPLIANCE_NOTE:
				setComplianceNote(COMPLIANCE_NOTE_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__NEW_PRODUCT_NOTE:
				setNewProductNote(NEW_PRODUCT_NOTE_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__COMPLAINT:
				setComplaint(COMPLAINT_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__FOLLOW_UP:
				setFollowUp(FOLLOW_UP_EDEFAULT);
				return;
			case RetailerdeskPackage.VISIT__FOLLOW_UP_DUE:
				setFollowUpDue(FOLLOW_UP_DUE_EDEFAULT);
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
			case RetailerdeskPackage.VISIT__RETAILER:
				return retailer != null;
			case RetailerdeskPackage.VISIT__VISITOR:
				return visitor != null;
			case RetailerdeskPackage.VISIT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RetailerdeskPackage.VISIT__PURPOSE:
				return purpose != PURPOSE_EDEFAULT;
			case RetailerdeskPackage.VISIT__SHOP_OPEN:
				return shopOpen != SHOP_OPEN_EDEFAULT;
			case RetailerdeskPackage.VISIT__SALES_NOTE:
				return SALES_NOTE_EDEFAULT == null ? salesNote != null : !SALES_NOTE_EDEFAULT.equals(salesNote);
			case RetailerdeskPackage.VISIT__STOCK_NOTE:
				return STOCK_NOTE_EDEFAULT == null ? stockNote != null : !STOCK_NOTE_EDEFAULT.equals(stockNote);
			case RetailerdeskPackage.VISIT__COMPLIANCE_NOTE:
				return COMPLIANCE_NOTE_EDEFAULT == null ? complianceNote != null : !COMPLIANCE_NOTE_EDEFAULT.equals(complianceNote);
			case RetailerdeskPackage.VISIT__NEW_PRODUCT_NOTE:
				return NEW_PRODUCT_NOTE_EDEFAULT == null ? newProductNote != null : !NEW_PRODUCT_NOTE_EDEFAULT.equals(newProductNote);
			case RetailerdeskPackage.VISIT__COMPLAINT:
				return COMPLAINT_EDEFAULT == null ? complaint != null : !COMPLAINT_EDEFAULT.equals(complaint);
			case RetailerdeskPackage.VISIT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case RetailerdeskPackage.VISIT__FOLLOW_UP:
				return FOLLOW_UP_EDEFAULT == null ? followUp != null : !FOLLOW_UP_EDEFAULT.equals(followUp);
			case RetailerdeskPackage.VISIT__FOLLOW_UP_DUE:
				return FOLLOW_UP_DUE_EDEFAULT == null ? followUpDue != null : !FOLLOW_UP_DUE_EDEFAULT.equals(followUpDue);
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
		result.append(" (date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", purpose: "); //$NON-NLS-1$
		result.append(purpose);
		result.append(", shopOpen: "); //$NON-NLS-1$
		result.append(shopOpen);
		result.append(", salesNote: "); //$NON-NLS-1$
		result.append(salesNote);
		result.append(", stockNote: "); //$NON-NLS-1$
		result.append(stockNote);
		result.append(", complianceNote: "); //$NON-NLS-1$
		result.append(complianceNote);
		result.append(", newProductNote: "); //$NON-NLS-1$
		result.append(newProductNote);
		result.append(", complaint: "); //$NON-NLS-1$
		result.append(complaint);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(", followUp: "); //$NON-NLS-1$
		result.append(followUp);
		result.append(", followUpDue: "); //$NON-NLS-1$
		result.append(followUpDue);
		result.append(')');
		return result.toString();
	}

} //VisitImpl
