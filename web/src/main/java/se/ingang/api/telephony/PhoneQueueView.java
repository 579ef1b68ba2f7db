package se.ingang.api.telephony;

import se.ingang.telephony.entity.PhoneQueue;

/** A phone queue and the front-office queue it feeds. */
public record PhoneQueueView(String code, String name, String phoneNumber, String frontOffice, long version) {

    static PhoneQueueView of(PhoneQueue queue) {
        return new PhoneQueueView(queue.getCode(), queue.getName(), queue.getPhoneNumber(),
                queue.getFrontOffice().getCode(), queue.getVersion());
    }
}
