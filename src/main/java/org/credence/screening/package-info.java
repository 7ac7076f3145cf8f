/**
 * Screening: who a mission asks the receiving party to accredit, checked against watch lists
 * (sanctions lists imported whole, version by version, and the registry's own record of persons
 * withdrawn, refused or declared not acceptable), by names in any script and spelling.
 * <p>
 * Inside: {@code matching} compares names and says why (no database, so that it can be evaluated
 * on labelled pairs alone); {@code lists} imports and keeps the lists' versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.credence.screening;
