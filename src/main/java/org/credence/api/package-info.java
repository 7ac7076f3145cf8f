/**
 * The API's contract, the same for every route under {@code /api}: its OpenAPI description (unique
 * and true schemas, security schemes, the problem responses), the query parameters it knows, paging
 * of lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API contract")
package org.credence.api;
