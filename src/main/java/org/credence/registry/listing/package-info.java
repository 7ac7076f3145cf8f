/** The registry as the receiving party publishes it: the diplomatic list's missions and members at an instant. */
package org.credence.registry.listing;
