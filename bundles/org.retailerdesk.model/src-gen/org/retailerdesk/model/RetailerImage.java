/**
 */
package org.retailerdesk.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retailer Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.RetailerImage#getRetailer <em>Retailer</em>}</li>
 *   <li>{@link org.retailerdesk.model.RetailerImage#getKind <em>Kind</em>}</li>
 *   <li>{@link org.retailerdesk.model.RetailerImage#getPath <em>Path</em>}</li>
 *   <li>{@link org.retailerdesk.model.RetailerImage#getTakenOn <em>Taken On</em>}</li>
 *   <li>{@link org.retailerdesk.model.RetailerImage#getCaption <em>Caption</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailerImage()
 * @model annotation="http://retailerdesk.org/label zh='\u5f62\u8c61\u4fe1\u606f\uff08\u56fe\u7247\uff09'"
 * @generated
 */
public interface RetailerImage extends Entity {
	/**
	 * Returns the value of the '<em><b>Retailer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retailer</em>' reference.
	 * @see #setRetailer(Retailer)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailerImage_Retailer()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u96f6\u552e\u6237'"
	 * @generated
	 */
	Retailer getRetailer();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.RetailerImage#getRetailer <em>Retailer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retailer</em>' reference.
	 * @see #getRetailer()
	 * @generated
	 */
	void setRetailer(Retailer value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.ImageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.retailerdesk.model.ImageKind
	 * @see #setKind(ImageKind)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailerImage_Kind()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u56fe\u7247\u7c7b\u578b'"
	 * @generated
	 */
	ImageKind getKind();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.RetailerImage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.retailerdesk.model.ImageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ImageKind value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailerImage_Path()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u6587\u4ef6\u8def\u5f84'"
	 *        annotation="http://retailerdesk.org/persistence length='500'"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.RetailerImage#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Taken On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken On</em>' attribute.
	 * @see #setTakenOn(LocalDate)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailerImage_TakenOn()
	 * @model dataType="org.retailerdesk.model.LocalDate"
	 *        annotation="http://retailerdesk.org/label zh='\u62cd\u6444\u65e5\u671f'"
	 * @generated
	 */
	LocalDate getTakenOn();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.RetailerImage#getTakenOn <em>Taken On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken On</em>' attribute.
	 * @see #getTakenOn()
	 * @generated
	 */
	void setTakenOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getRetailerImage_Caption()
	 * @model annotation="http://retailerdesk.org/label zh='\u8bf4\u660e'"
	 *        annotation="http://retailerdesk.org/persistence length='200'"
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.RetailerImage#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

} // RetailerImage
