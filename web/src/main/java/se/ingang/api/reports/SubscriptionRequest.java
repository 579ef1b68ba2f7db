package se.ingang.api.reports;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PUT /api/reports/subscription: where to (default: the address on file), language, and the filters. */
public record SubscriptionRequest(@Size(max = 254) String email, @Pattern(regexp = "sv|en") String language,
                                  String frontOffice, String group, String channel, String caseType,
                                  String customerGroup) {
}
