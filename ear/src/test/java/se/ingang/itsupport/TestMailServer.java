package se.ingang.itsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP + IMAP server (GreenMail) for the whole test run: the server under test
 * sends to SMTP 127.0.0.1:3025 (arquillian.xml), tests read the mailboxes over IMAP 3143
 * (ports from it.smtp.port / it.imap.port, so two checkouts can test side by side).
 * Mailboxes are created on delivery; login and password are the address.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3025);
    public static final int IMAP_PORT = Integer.getInteger("it.imap.port", 3143);

    private GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
    }
}
