package com.omnichannel.inventory.stock;

import com.omnichannel.support.domain.BusinessRuleViolation;

/** The reservation was released, expired or shorted: its goods can no longer be fulfilled from it. */
public class ReservationNotLiveException extends BusinessRuleViolation {

    public ReservationNotLiveException(String reservationId, String status) {
        super("conflict", "Reservation " + reservationId + " is " + status.toLowerCase()
                + " and can no longer be fulfilled");
    }
}
