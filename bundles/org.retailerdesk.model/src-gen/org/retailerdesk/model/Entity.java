/**
 */
package org.retailerdesk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.retailerdesk.model.Entity#getId <em>Id</em>}</li>
 *   <li>{@link org.retailerdesk.model.Entity#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see org.retailerdesk.model.RetailerdeskPackage#getEntity()
 * @model abstract="true"
 *        annotation="http://retailerdesk.org/label zh='\u5b9e\u4f53'"
 * @generated
 */
public interface Entity extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getEntity_Id()
	 * @model annotation="http://retailerdesk.org/label zh='\u7f16\u53f7' en='ID'"
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Entity#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.retailerdesk.model.RetailerdeskPackage#getEntity_Version()
	 * @model annotation="http://retailerdesk.org/label zh='\u7248\u672c'"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.retailerdesk.model.Entity#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

} // Entity
