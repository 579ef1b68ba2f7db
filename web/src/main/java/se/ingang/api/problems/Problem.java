package se.ingang.api.problems;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * RFC 9457 problem details. {@code errors} is our extension member for input problems: one
 * entry per offending field, so a form can show each message next to its field. Null members
 * are left out of the JSON (the JSON-B default), as the RFC expects absent members to be absent.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public Problem withDetail(String detail) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
