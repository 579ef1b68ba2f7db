package se.ingang.mail.control;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import se.ingang.mail.entity.Mailbox;
import se.ingang.mail.entity.MailboxSecurity;

/**
 * One IMAP session on a mailbox: the unread messages with their UIDs, their raw bytes
 * (read with PEEK, so reading never marks them \Seen), and the \Seen flag set on request.
 */
public final class ImapReader implements AutoCloseable {

    /** An unread message: its UID and its raw bytes. */
    public record Unread(long uid, Message message) {
    }

    private final Store store;
    private final Folder folder;

    private ImapReader(Store store, Folder folder) {
        this.store = store;
        this.folder = folder;
    }

    public static ImapReader open(Mailbox mailbox, String password) throws MessagingException {
        return open(mailbox, password, 30000);
    }

    /**
     * A session that waits in IDLE: reads may be silent for long, so the read timeout is
     * long too (servers keep IDLE for at least 29 minutes); a dead connection ends after it.
     */
    public static ImapReader openForIdle(Mailbox mailbox, String password) throws MessagingException {
        return open(mailbox, password, 600000);
    }

    private static ImapReader open(Mailbox mailbox, String password, int readTimeoutMillis) throws MessagingException {
        String protocol = mailbox.getSecurity() == MailboxSecurity.IMAPS ? "imaps" : "imap";
        var props = new Properties();
        props.setProperty("mail." + protocol + ".peek", "true");
        props.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        props.setProperty("mail." + protocol + ".timeout", String.valueOf(readTimeoutMillis));
        props.setProperty("mail." + protocol + ".writetimeout", "30000");
        if (mailbox.getSecurity() == MailboxSecurity.STARTTLS) {
            props.setProperty("mail.imap.starttls.enable", "true");
            props.setProperty("mail.imap.starttls.required", "true");
        }
        if (mailbox.getSecurity() != MailboxSecurity.NONE) {
            props.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(props);
        Store store = session.getStore(protocol);
        store.connect(mailbox.getHost(), mailbox.getPort(), mailbox.getUsername(), password);
        try {
            Folder folder = store.getFolder(mailbox.getFolder());
            folder.open(Folder.READ_WRITE);
            return new ImapReader(store, folder);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Whether the server advertises IDLE (RFC 2177), so new mail can be pushed instead of polled for. */
    public boolean supportsIdle() throws MessagingException {
        return store instanceof IMAPStore imap && imap.hasCapability("IDLE");
    }

    /** The open folder, for {@link MailboxWatch}. */
    IMAPFolder imapFolder() {
        return (IMAPFolder) folder;
    }

    public long uidValidity() throws MessagingException {
        return ((UIDFolder) folder).getUIDValidity();
    }

    public java.util.List<Unread> unread() throws MessagingException {
        Message[] messages = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        var profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, profile);
        var unread = new java.util.ArrayList<Unread>();
        for (Message m : messages) {
            unread.add(new Unread(((UIDFolder) folder).getUID(m), m));
        }
        return unread;
    }

    public static byte[] raw(Message message) throws MessagingException, IOException {
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    public void markSeen(Message message) throws MessagingException {
        message.setFlag(Flags.Flag.SEEN, true);
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException ignored) {
            // closing anyway
        }
        try {
            store.close();
        } catch (MessagingException ignored) {
            // closing anyway
        }
    }
}
