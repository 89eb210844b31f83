package org.retailerdesk.imports.internal;

import org.eclipse.emf.ecore.EReference;

/** Finds what a reference cell names: the store's reference data, or the retailers of a file. */
public interface Resolver {
    References.Found find(EReference reference, String text);
}
