package se.ingang.api.telephony;

import jakarta.json.bind.annotation.JsonbNillable;
import se.ingang.telephony.entity.PhoneQueue;

/** A phone queue and the front-office queue it feeds. */
@JsonbNillable
public record PhoneQueueView(String code, String name, String phoneNumber, String frontOffice, long version) {

    static PhoneQueueView of(PhoneQueue queue) {
        return new PhoneQueueView(queue.getCode(), queue.getName(), queue.getPhoneNumber(),
                queue.getFrontOffice().getCode(), queue.getVersion());
    }
}
