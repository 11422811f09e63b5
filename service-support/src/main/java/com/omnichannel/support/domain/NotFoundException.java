package com.omnichannel.support.domain;

/** A resource the request names does not exist: answered as 404 not-found. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
