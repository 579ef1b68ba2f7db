package se.ingang.api.cases;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A customer needs an e-mail address or a phone number, or nobody can answer the case.
 * Class-level, so the error is reported on "customer" rather than on either field.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ReachableCustomer.Check.class)
public @interface ReachableCustomer {

    String message() default "give an e-mail address or a phone number so that we can answer";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ReachableCustomer, CustomerInput> {

        @Override
        public boolean isValid(CustomerInput customer, ConstraintValidatorContext context) {
            return customer == null || hasText(customer.email()) || hasText(customer.phone());
        }

        private static boolean hasText(String s) {
            return s != null && !s.isBlank();
        }
    }
}
