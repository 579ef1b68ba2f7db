package se.ingang.api.cases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import se.ingang.customers.entity.CustomerGroup;

/** Who contacted us. We must be able to answer, hence {@link ReachableCustomer}. */
@ReachableCustomer
public record CustomerInput(
        @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        CustomerGroup group) {
}
