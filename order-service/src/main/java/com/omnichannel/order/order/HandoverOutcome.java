package com.omnichannel.order.order;

/**
 * The answer to a handover. A wrong code is recorded (it counts towards the lock) rather than thrown, so the
 * caller turns it into a refusal after the attempt has been stored.
 */
public enum HandoverOutcome { COLLECTED, WRONG_CODE, LOCKED }
