package com.omnichannel.support.domain;

/** One field of a request is invalid in a way bean validation cannot see: answered as 400 naming the field. */
public class FieldValidationException extends RuntimeException {

    private final String field;

    public FieldValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
