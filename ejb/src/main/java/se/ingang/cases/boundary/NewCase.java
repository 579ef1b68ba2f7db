package se.ingang.cases.boundary;

import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/**
 * A contact to register as a case. The front office is taken from the topic when one is
 * given, else from frontOffice, else the configured default profile. consentTextVersion is
 * set when the person consented to a privacy text (the web form); language ("sv"/"en") when the
 * channel knows what the contact was written in (null: guessed from the message when we answer).
 */
public record NewCase(Channel channel, String subject, String message,
                      String customerName, String customerEmail, String customerPhone, CustomerGroup customerGroup,
                      String topic, String frontOffice, CaseType type, Priority priority, String consentTextVersion,
                      String language) {

    public NewCase(Channel channel, String subject, String message, String customerName, String customerEmail,
                   String customerPhone, CustomerGroup customerGroup, String topic, String frontOffice, CaseType type,
                   Priority priority, String consentTextVersion) {
        this(channel, subject, message, customerName, customerEmail, customerPhone, customerGroup, topic, frontOffice,
                type, priority, consentTextVersion, null);
    }

    /** A contact without a consent: the legal basis is handling the case the person started. */
    public NewCase(Channel channel, String subject, String message, String customerName, String customerEmail,
                   String customerPhone, CustomerGroup customerGroup, String topic, String frontOffice, CaseType type,
                   Priority priority) {
        this(channel, subject, message, customerName, customerEmail, customerPhone, customerGroup, topic, frontOffice,
                type, priority, null);
    }
}
