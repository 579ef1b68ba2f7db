package se.ingang.api.cases;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import se.ingang.customers.entity.CustomerGroup;

/** The customer behind a case, as far as we know them. */
@JsonbNillable
@JsonbPropertyOrder({"name", "email", "phone", "group"})
public record CustomerView(String name, String email, String phone, CustomerGroup group) implements Serializable {
}
