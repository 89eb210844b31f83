/**
 */
package org.retailerdesk.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Inspection#getHygiene <em>Hygiene</em>}</li>
 *   <li>{@link org.retailerdesk.model.Inspection#getDisplay <em>Display</em>}</li>
 *   <li>{@link org.retailerdesk.model.Inspection#getPriceMarking <em>Price Marking</em>}</li>
 *   <li>{@link org.retailerdesk.model.Inspection#getHonestOperation <em>Honest Operation</em>}</li>
 *   <li>{@link org.retailerdesk.model.Inspection#getVisit <em>Visit</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getInspection()
 * @model annotation="http://retailerdesk.org/label zh='\u7ecf\u8425\u68c0\u67e5\uff08\u536b\u751f\u3001\u9648\u5217\u3001\u660e\u7801\u6807\u4ef7\u3001\u8bda\u4fe1\u7ecf\u8425\uff09'"
 * @generated
 */
public interface Inspection extends OperatingRecord {
	/**
	 * Returns the value of the '<em><b>Hygiene</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.InspectionResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hygiene</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #setHygiene(InspectionResult)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getInspection_Hygiene()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5e97\u5802\u536b\u751f'"
	 * @generated
	 */
	InspectionResult getHygiene();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Inspection#getHygiene <em>Hygiene</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hygiene</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #getHygiene()
	 * @generated
	 */
	void setHygiene(InspectionResult value);

	/**
	 * Returns the value of the '<em><b>Display</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.InspectionResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #setDisplay(InspectionResult)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getInspection_Display()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u5546\u54c1\u9648\u5217'"
	 * @generated
	 */
	InspectionResult getDisplay();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Inspection#getDisplay <em>Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #getDisplay()
	 * @generated
	 */
	void setDisplay(InspectionResult value);

	/**
	 * Returns the value of the '<em><b>Price Marking</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.InspectionResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Marking</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #setPriceMarking(InspectionResult)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getInspection_PriceMarking()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u660e\u7801\u6807\u4ef7'"
	 * @generated
	 */
	InspectionResult getPriceMarking();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Inspection#getPriceMarking <em>Price Marking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Marking</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #getPriceMarking()
	 * @generated
	 */
	void setPriceMarking(InspectionResult value);

	/**
	 * Returns the value of the '<em><b>Honest Operation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.retailerdesk.model.InspectionResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Honest Operation</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #setHonestOperation(InspectionResult)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getInspection_HonestOperation()
	 * @model required="true"
	 *        annotation="http://retailerdesk.org/label zh='\u8bda\u4fe1\u7ecf\u8425'"
	 * @generated
	 */
	InspectionResult getHonestOperation();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Inspection#getHonestOperation <em>Honest Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Honest Operation</em>' attribute.
	 * @see org.retailerdesk.model.InspectionResult
	 * @see #getHonestOperation()
	 * @generated
	 */
	void setHonestOperation(InspectionResult value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(Visit)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getInspection_Visit()
	 * @model annotation="http://retailerdesk.org/label zh='\u6240\u5c5e\u8d70\u8bbf' en='During visit'"
	 * @generated
	 */
	Visit getVisit();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Inspection#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(Visit value);

} // Inspection
