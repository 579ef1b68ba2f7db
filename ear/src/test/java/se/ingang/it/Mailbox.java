package se.ingang.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a customer's mailbox on the test mail server over IMAP, as a mail client would. */
public final class Mailbox {

    /** A received message: subject and plain-text body. */
    public record Mail(String subject, String text) {
    }

    private Mailbox() {
    }

    /** The survey invitations an address received (every answer to the customer is mailed too). */
    public static List<Mail> surveysOf(String address) {
        return of(address).stream().filter(m -> m.subject().contains("Hur nöjd är du?")).toList();
    }

    public static List<Mail> of(String address) {
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect("127.0.0.1", Integer.getInteger("it.imap.port", 3143), address, address);
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            var mails = new ArrayList<Mail>();
            for (Message message : inbox.getMessages()) {
                mails.add(new Mail(message.getSubject(), message.getContent().toString()));
            }
            inbox.close(false);
            return mails;
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of(); // no mailbox yet: nothing was delivered to this address
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }
}
