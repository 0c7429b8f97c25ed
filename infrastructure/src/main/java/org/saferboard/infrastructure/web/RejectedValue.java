package org.saferboard.infrastructure.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value in a request body that SaferBoard refuses, with the reason a person can act on; Jackson adds the field's path. */
public class RejectedValue extends JsonMappingException {

    private final String reason;

    public RejectedValue(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
