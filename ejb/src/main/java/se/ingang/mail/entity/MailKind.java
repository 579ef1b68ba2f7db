package se.ingang.mail.entity;

/** What a message is, which decides what it may do to a case. */
public enum MailKind {
    /** A person writing to us: registers or continues a case. */
    CUSTOMER,
    /** An out-of-office or other automatic reply: recorded, never acknowledged, never a case. */
    AUTO_REPLY,
    /** Mailing-list or bulk mail: recorded, never acknowledged, never a case. */
    BULK,
    /** A delivery-status report: attached to the case of the message that bounced. */
    BOUNCE,
    /** Our automatic receipt for a new case. */
    RECEIPT,
    /** A reply or question from staff. */
    REPLY,
    /** Our automatic reminder to a customer we are waiting for. */
    REMINDER,
    /** The satisfaction survey after a case closed. */
    SURVEY;

    /** Noise never gets a receipt and never opens a case. */
    public boolean isNoise() {
        return this == AUTO_REPLY || this == BULK || this == BOUNCE;
    }
}
