package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import se.ingang.mail.control.CrashSimulation;

/**
 * The e-mail channel from the outside: our mailboxes on the test mail server (configured
 * through the API, password in a system property of the server), raw messages delivered
 * over SMTP byte for byte, and what customers and mailboxes hold over IMAP.
 */
final class MailChannel {

    // In the server (in-container tests) only ingang.smtp.port is set; it points at the same test mail server.
    static final int SMTP_PORT = Integer.getInteger("it.smtp.port", Integer.getInteger("ingang.smtp.port", 3025));
    static final int IMAP_PORT = Integer.getInteger("it.imap.port", 3143);

    /** One of our mailboxes: its id and address. */
    record Box(long id, String address) {
    }

    /** A message read over IMAP: subject, text, Message-ID, In-Reply-To, References. */
    record Received(String subject, String text, String messageId, String inReplyTo, String references) {
    }

    private MailChannel() {
    }

    static Box newMailbox(Api api, String prefix) {
        String address = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        String secretName = "INGANG_MAILBOX_IT_" + UUID.randomUUID().toString().replace("-", "");
        System.setProperty(secretName, address); // the test server's password is the address
        var response = api.post("/api/mailboxes", settings(address, secretName, IMAP_PORT, true).build());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Box(response.json().getJsonNumber("id").longValue(), address);
    }

    static jakarta.json.JsonObjectBuilder settings(String address, String secretName, int port, boolean enabled) {
        return Json.createObjectBuilder()
                .add("name", "it-" + address)
                .add("address", address)
                .add("host", "127.0.0.1")
                .add("port", port)
                .add("security", "NONE")
                .add("username", address)
                .add("secretName", secretName)
                .add("folder", "INBOX")
                .add("frontOffice", "fo-registry")
                .add("pollSeconds", 1)
                .add("enabled", enabled);
    }

    static String uniqueSender() {
        return "avsandare-" + UUID.randomUUID().toString().substring(0, 12) + "@example.se";
    }

    static String uniqueMessageId() {
        return "<" + UUID.randomUUID() + "@client.example.se>";
    }

    /** Raw lines joined with CRLF (ASCII: non-ASCII text must be encoded by the test, as a mail client would). */
    static byte[] raw(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A plain customer message. */
    static byte[] simple(String from, String to, String subject, String messageId, String body, String... extraHeaders) {
        var lines = new ArrayList<String>();
        lines.add("From: " + from);
        lines.add("To: " + to);
        lines.add("Subject: " + subject);
        lines.add("Message-ID: " + messageId);
        lines.add("Date: Tue, 01 Dec 2026 10:00:00 +0100");
        lines.add("MIME-Version: 1.0");
        lines.add("Content-Type: text/plain; charset=UTF-8");
        lines.add("Content-Transfer-Encoding: 8bit");
        lines.addAll(List.of(extraHeaders));
        lines.add("");
        lines.add(body);
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Delivers the bytes exactly as given (SMTP, dot-stuffed). */
    static void deliver(String envelopeFrom, List<String> recipients, byte[] raw) {
        try (var socket = new Socket("127.0.0.1", SMTP_PORT)) {
            socket.setSoTimeout(30000);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, in, "EHLO it.example", "250");
            command(out, in, "MAIL FROM:<" + envelopeFrom + ">", "250");
            for (String to : recipients) {
                command(out, in, "RCPT TO:<" + to + ">", "250");
            }
            command(out, in, "DATA", "354");
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            var stuffed = new StringBuilder();
            for (String line : text.split("\r\n", -1)) {
                stuffed.append(line.startsWith(".") ? "." + line : line).append("\r\n");
            }
            String body = stuffed.toString();
            while (body.endsWith("\r\n\r\n")) {
                body = body.substring(0, body.length() - 2);
            }
            out.write(body.getBytes(StandardCharsets.ISO_8859_1));
            command(out, in, ".", "250");
            command(out, in, "QUIT", "221");
        } catch (IOException e) {
            throw new IllegalStateException("SMTP delivery failed", e);
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        expect(in, expected);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed, expected " + code);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            throw new IOException("expected " + code + ", got " + line);
        }
    }

    /** Messages in a mailbox and how many are still unread (not yet taken in by the server). */
    static int[] totalAndUnseen(String address) {
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, address, address);
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int total = inbox.getMessageCount();
            int unseen = inbox.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            inbox.close(false);
            return new int[] {total, unseen};
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return new int[] {0, 0};
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the mailbox got {@code total} messages and the server has taken in (flagged) all of them. */
    static boolean allTakenIn(String address, int total) {
        int[] counts = totalAndUnseen(address);
        return counts[0] == total && counts[1] == 0;
    }

    /** What a customer received, with the threading headers. */
    static List<Received> inboxOf(String address) {
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, address, address);
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            var mails = new ArrayList<Received>();
            for (Message m : inbox.getMessages()) {
                mails.add(new Received(m.getSubject(), String.valueOf(m.getContent()), header(m, "Message-ID"),
                        header(m, "In-Reply-To"), header(m, "References")));
            }
            inbox.close(false);
            return mails;
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(Message m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null ? null : String.join(" ", values).replaceAll("\\s+", " ").trim();
    }

    static List<JsonObject> casesOf(Api api, String email) {
        var response = api.get("/api/cases?customerEmail=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&sort=OLDEST");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static JsonObject mailOf(Api api, String number) {
        var response = api.get("/api/cases/" + number + "/mail");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static List<JsonObject> list(Api api, String path) {
        var response = api.get(path);
        assertThat(response.status()).as(response.toString()).isIn(200, 503);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    static CrashSimulation crashes() {
        return Application.lookup("java:global/ingang/ingang-ejb/CrashSimulation!" + CrashSimulation.class.getName());
    }
}
