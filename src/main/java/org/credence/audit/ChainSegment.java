package org.credence.audit;

/**
 * How far a range of the chain verified: up to which position and the hash stored there, and the
 * first failure after it, if any.
 */
record ChainSegment(long verifiedTo, String hash, JournalVerification.Failure failure) {
}
