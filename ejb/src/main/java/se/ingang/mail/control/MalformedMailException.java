package se.ingang.mail.control;

/** The message cannot be read as mail; it goes to the quarantine with this reason. */
public class MalformedMailException extends Exception {

    public MalformedMailException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MalformedMailException(String reason) {
        super(reason);
    }
}
