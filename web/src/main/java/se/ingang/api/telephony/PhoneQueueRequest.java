package se.ingang.api.telephony;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** PUT /api/phone-queues/{code}: name, the number callers dial (optional), the front-office queue; version when changing. */
public record PhoneQueueRequest(@NotBlank @Size(max = 200) String name, @Size(max = 40) String phoneNumber,
                                @NotBlank @Size(max = 64) String frontOffice, Long version) {
}
