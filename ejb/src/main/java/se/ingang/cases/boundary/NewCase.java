package se.ingang.cases.boundary;

import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;

/**
 * A contact to register as a case. The front office is taken from the topic when one is
 * given, else from frontOffice, else the configured default profile.
 */
public record NewCase(Channel channel, String subject, String message,
                      String customerName, String customerEmail, String customerPhone, CustomerGroup customerGroup,
                      String topic, String frontOffice, CaseType type, Priority priority) {
}
