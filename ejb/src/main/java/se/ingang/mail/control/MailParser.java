package se.ingang.mail.control;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import se.ingang.mail.entity.MailKind;

/**
 * Reads a raw RFC 5322 message with Jakarta Mail, leniently: headers decoded (RFC 2047, raw
 * 8-bit bytes in their likely charset), bodies decoded (quoted-printable, base64, unknown
 * encodings as they are) in their charset or the guessed one, the text part preferred over
 * HTML, attachments kept up to a size limit, a part that cannot be read kept as it came.
 */
public final class MailParser {

    /**
     * Jakarta Mail reads most of its leniency switches as JVM-wide system properties when its
     * classes load (not from the Session): the server sets them (configure.cli); here they are set
     * too, unless already set, for a JVM without that configuration (tests, tools).
     */
    static final java.util.Map<String, String> LENIENT = java.util.Map.of(
            "mail.mime.parameters.strict", "false",
            "mail.mime.ignoreunknownencoding", "true",
            "mail.mime.contentdisposition.strict", "false",
            "mail.mime.multipart.allowempty", "true",
            "mail.mime.base64.ignoreerrors", "true",
            "mail.mime.uudecode.ignoreerrors", "true",
            "mail.mime.uudecode.ignoremissingbeginend", "true",
            "mail.mime.decodetext.strict", "false");

    private static final Session SESSION;

    static {
        LENIENT.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        var props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        // RFC 6532: headers may carry raw UTF-8 ("Ärende" unencoded), as modern clients send them.
        props.setProperty("mail.mime.allowutf8", "true");
        // Read what real clients send, as Zammad and RT do: sloppy parameters, unknown transfer
        // encodings (7-bit, plain…) read as they are, bad dispositions, missing boundaries, broken base64.
        props.setProperty("mail.mime.parameters.strict", "false");
        props.setProperty("mail.mime.ignoreunknownencoding", "true");
        props.setProperty("mail.mime.contentdisposition.strict", "false");
        props.setProperty("mail.mime.multipart.allowempty", "true");
        props.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        props.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        props.setProperty("mail.mime.base64.ignoreerrors", "true");
        props.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        props.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        props.setProperty("mail.mime.decodetext.strict", "false");
        props.setProperty("mail.mime.decodefilename", "true");
        props.setProperty("mail.mime.decodeparameters", "true");
        SESSION = Session.getInstance(props);
    }

    private final long maxAttachmentBytes;

    public MailParser(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /**
     * Quarantines only what has no usable sender or nothing readable at all; a part that cannot be
     * decoded is kept as it came and named in {@link ParsedMail#unreadable()}.
     */
    public ParsedMail parse(byte[] raw) throws MalformedMailException {
        return parse(raw, null);
    }

    /**
     * As {@link #parse(byte[])}, but with the sender an administrator gave when From has none we can
     * use (making a case of quarantined mail): the rest of the message is read as usual.
     */
    public ParsedMail parse(byte[] raw, SenderAddress.Sender given) throws MalformedMailException {
        if (raw == null || raw.length == 0) {
            throw new MalformedMailException("empty message");
        }
        MimeMessage message;
        String fromHeader;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(EightBitHeaders.asUtf8(raw)));
            fromHeader = message.getHeader("From", ",");
        } catch (MessagingException | RuntimeException e) {
            throw new MalformedMailException(reason(e), e);
        }
        var from = given != null ? given : SenderAddress.of(fromHeader).orElseThrow(() -> new MalformedMailException(
                fromHeader == null ? "no sender address (From)" : "no usable sender address in From: " + fromHeader));
        try {
            String messageId = MessageIds.single(message.getHeader("Message-ID", ","));
            String subject = decodedSubject(message);
            var body = new Body();
            try {
                walk(message, body, 0);
            } catch (MessagingException | IOException | MalformedMailException | RuntimeException e) {
                // The structure itself is broken (a multipart without its boundaries…): its text is still readable.
                if (body.text == null && body.html == null) {
                    body.text = wholeBodyAsText(raw, message);
                    body.unreadable.add(new ParsedMail.Dropped("message structure", raw.length, reason(e)));
                }
            }
            if (body.text == null && body.html == null && body.parts.isEmpty() && body.unreadable.isEmpty()
                    && contentType(message).getBaseType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                // No part found (the boundary never occurs): what is there is the text.
                body.text = wholeBodyAsText(raw, message);
            }
            String text = body.text != null ? body.text : HtmlText.toText(body.html);
            if ((text == null || text.isBlank()) && subject.isBlank() && body.parts.isEmpty() && !body.unreadable.isEmpty()) {
                throw new MalformedMailException("nothing readable: " + body.unreadable.get(0).reason());
            }
            var verdict = NoiseRules.judge(name -> header(message, name), message.getContentType(), subject);
            var kind = verdict.kind();
            return new ParsedMail(ContentKey.of(raw), messageId, message.getHeader("In-Reply-To", " "),
                    MessageIds.parse(message.getHeader("References", " ")), subject,
                    from.address(), from.name(), recipients(message),
                    message.getHeader("Content-Language", ","), text == null ? "" : text.strip(),
                    HtmlText.sanitise(body.html), kind, body.parts, body.dropped,
                    body.bouncedIds, body.bouncedRecipient, body.bounceDetail, fromHeader, body.unreadable, verdict.reason());
        } catch (MessagingException | RuntimeException e) {
            throw new MalformedMailException(reason(e), e);
        }
    }

    private static String reason(Exception e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot parse MIME: " + what;
    }

    /** The body after the headers, as text: what is left to read when the MIME structure is broken. */
    private static String wholeBodyAsText(byte[] raw, MimeMessage message) {
        int end = ContentKey.headerEnd(raw);
        byte[] bytes = java.util.Arrays.copyOfRange(raw, end, raw.length);
        String label = null;
        try {
            label = new ContentType(message.getContentType()).getParameter("charset");
        } catch (MessagingException | RuntimeException e) {
            // no usable Content-Type: guessed
        }
        return Charsets.decode(bytes, label);
    }

    private static String decodedSubject(MimeMessage message) throws MessagingException {
        String rawSubject = message.getHeader("Subject", " ");
        if (rawSubject == null) {
            return "";
        }
        try {
            // Lenient: also decodes encoded words that clients glue to other text.
            return MimeUtility.decodeText(MimeUtility.unfold(rawSubject)).strip();
        } catch (IOException | RuntimeException e) {
            return rawSubject.strip();
        }
    }

    private static List<String> recipients(MimeMessage message) {
        var all = new ArrayList<String>();
        for (var type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] addresses;
            try {
                addresses = message.getRecipients(type);
            } catch (MessagingException | RuntimeException e) {
                continue; // an unreadable To or Cc only means we do not know which of our mailboxes it named
            }
            if (addresses != null) {
                for (Address a : addresses) {
                    if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                        all.add(ia.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return all;
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            return null;
        }
    }

    /** What the walk over the MIME tree collects. */
    private static final class Body {
        String text;
        String html;
        final List<ParsedMail.Part> parts = new ArrayList<>();
        final List<ParsedMail.Dropped> dropped = new ArrayList<>();
        final List<ParsedMail.Dropped> unreadable = new ArrayList<>();
        final List<String> bouncedIds = new ArrayList<>();
        String bouncedRecipient;
        String bounceDetail;
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException, MalformedMailException {
        if (depth > 20) {
            throw new MalformedMailException("MIME nesting deeper than 20 levels");
        }
        var type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MalformedMailException("multipart without parts");
            }
            int count = multipart.getCount();
            for (int i = 0; i < count; i++) {
                BodyPart child = multipart.getBodyPart(i);
                try {
                    walk(child, body, depth + 1);
                } catch (MessagingException | IOException | MalformedMailException | RuntimeException e) {
                    // One broken part costs that part, never the message: kept as it came, named in a note.
                    keepUnreadable(child, body, e);
                }
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileNameOrNull(part) != null;
        if (!attachment && base.equals("text/plain") && body.text == null) {
            body.text = decodeText(part, type);
            return;
        }
        if (!attachment && base.equals("text/html") && body.html == null) {
            body.html = decodeText(part, type);
            return;
        }
        if (base.equals("message/delivery-status")) {
            readDeliveryStatus(part, body);
        }
        if (base.equals("message/rfc822") || base.equals("text/rfc822-headers")) {
            readBouncedHeaders(part, body);
        }
        keep(part, base, body);
    }

    /** The part's Content-Type; an unparsable one is read as what it most likely is, text. */
    private static ContentType contentType(Part part) throws MessagingException {
        String value = part.getContentType();
        if (value != null) {
            try {
                return new ContentType(value);
            } catch (jakarta.mail.internet.ParseException e) {
                int semicolon = value.indexOf(';');
                try {
                    return new ContentType((semicolon < 0 ? value : value.substring(0, semicolon)).strip());
                } catch (jakarta.mail.internet.ParseException stillBad) {
                    // below
                }
            }
        }
        return new ContentType("text", "plain", null);
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileNameOrNull(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private void keepUnreadable(BodyPart part, Body body, Exception why) {
        String name;
        try {
            name = fileName(part, contentType(part).getBaseType().toLowerCase(Locale.ROOT));
        } catch (MessagingException | RuntimeException e) {
            name = "part.bin";
        }
        byte[] bytes = null;
        if (part instanceof jakarta.mail.internet.MimeBodyPart mime) {
            try {
                bytes = readAll(mime.getRawInputStream(), maxAttachmentBytes);
            } catch (MessagingException | IOException | RuntimeException e) {
                // nothing to keep
            }
        }
        body.unreadable.add(new ParsedMail.Dropped(name, bytes == null ? -1 : bytes.length, reason(why)));
        if (bytes != null) {
            body.parts.add(new ParsedMail.Part(name + ".raw", "application/octet-stream", null, false, bytes));
        }
    }

    private void keep(Part part, String base, Body body) throws MessagingException, IOException {
        byte[] bytes = readAll(part.getInputStream(), maxAttachmentBytes);
        String name = fileName(part, base);
        if (bytes == null) {
            body.dropped.add(new ParsedMail.Dropped(name, sizeOf(part), "larger than the limit of " + maxAttachmentBytes + " bytes"));
            return;
        }
        String contentId = part instanceof jakarta.mail.internet.MimePart mp ? mp.getContentID() : null;
        boolean inline = Part.INLINE.equalsIgnoreCase(disposition(part)) || contentId != null && fileNameOrNull(part) == null;
        body.parts.add(new ParsedMail.Part(name, base, contentId, inline, bytes));
    }

    private static long sizeOf(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(OutputStreamCounter.NULL);
        } catch (IOException | MessagingException e) {
            return -1;
        }
    }

    private static String fileName(Part part, String base) throws MessagingException {
        String name = fileNameOrNull(part);
        if (name != null) {
            try {
                return MimeUtility.decodeText(name);
            } catch (IOException | RuntimeException e) {
                return name;
            }
        }
        if (base.equals("message/rfc822")) {
            return "message.eml";
        }
        int slash = base.indexOf('/');
        return "part." + (slash < 0 ? "bin" : base.substring(slash + 1));
    }

    private static void readDeliveryStatus(Part part, Body body) throws MessagingException, IOException {
        // The per-message fields, a blank line, then one block per recipient.
        try (InputStream in = part.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String block : text.split("\\r?\\n\\r?\\n")) {
                var blockHeaders = new InternetHeaders(new ByteArrayInputStream((block.strip() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
                String recipient = blockHeaders.getHeader("Final-Recipient", ",");
                if (recipient != null && body.bouncedRecipient == null) {
                    body.bouncedRecipient = recipient.replaceFirst("(?i)^\\s*rfc822\\s*;", "").strip().toLowerCase(Locale.ROOT);
                    String status = blockHeaders.getHeader("Status", ",");
                    String diagnostic = blockHeaders.getHeader("Diagnostic-Code", ",");
                    body.bounceDetail = "status " + (status == null ? "?" : status.strip())
                            + (diagnostic == null ? "" : " (" + diagnostic.strip() + ")");
                }
            }
        }
    }

    private static void readBouncedHeaders(Part part, Body body) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            var headers = new InternetHeaders(in);
            String id = MessageIds.single(headers.getHeader("Message-ID", ","));
            if (id != null && !body.bouncedIds.contains(id)) {
                body.bouncedIds.add(id);
            }
        }
    }

    /** Text in its declared charset; without one (or with an unknown one) in the charset it most likely is. */
    static String decodeText(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        return Charsets.decode(bytes, type.getParameter("charset"));
    }

    /** The bytes, or null when there are more than max. */
    private static byte[] readAll(InputStream in, long max) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return bytes.length > max ? null : bytes;
        }
    }

    /** Counts bytes without keeping them. */
    private static final class OutputStreamCounter extends java.io.OutputStream {
        static final OutputStreamCounter NULL = new OutputStreamCounter();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
