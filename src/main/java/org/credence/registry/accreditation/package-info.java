/** Named so that the decisions module may apply its acts through this package's services. */
@org.springframework.modulith.NamedInterface("accreditation")
package org.credence.registry.accreditation;
