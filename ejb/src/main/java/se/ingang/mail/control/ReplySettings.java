package se.ingang.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the answers we mail to customers (system property, else environment variable, else default). */
@ApplicationScoped
public class ReplySettings {

    /** Quote the customer's last message under our answer (env INGANG_MAIL_QUOTE_CUSTOMER_MESSAGE). */
    @Inject
    @ConfigProperty(name = "ingang.mail.quote-customer-message", defaultValue = "true")
    boolean quoteCustomerMessage;

    public boolean quoteCustomerMessage() {
        return quoteCustomerMessage;
    }
}
