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
 * Reads a raw RFC 5322 message with Jakarta Mail: headers decoded (RFC 2047), bodies
 * decoded (quoted-printable, base64) in their charset, the text part preferred over HTML,
 * attachments kept up to a size limit. Anything Jakarta Mail cannot read is malformed.
 */
public final class MailParser {

    private static final Session SESSION;

    static {
        var props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        // RFC 6532: headers may carry raw UTF-8 ("Ärende" unencoded), as modern clients send them.
        props.setProperty("mail.mime.allowutf8", "true");
        SESSION = Session.getInstance(props);
    }

    private final long maxAttachmentBytes;

    public MailParser(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public ParsedMail parse(byte[] raw) throws MalformedMailException {
        if (raw == null || raw.length == 0) {
            throw new MalformedMailException("empty message");
        }
        try {
            var message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            var from = sender(message);
            String messageId = MessageIds.single(message.getHeader("Message-ID", ","));
            String key = messageId != null && messageId.length() <= 250 ? messageId : "sha256:" + sha256(raw);
            String subject = decodedSubject(message);
            var body = new Body();
            walk(message, body, 0);
            String text = body.text != null ? body.text : HtmlText.toText(body.html);
            var kind = NoiseRules.classify(name -> header(message, name), message.getContentType());
            return new ParsedMail(key, messageId, message.getHeader("In-Reply-To", " "),
                    MessageIds.parse(message.getHeader("References", " ")), subject,
                    from.getAddress().toLowerCase(Locale.ROOT), from.getPersonal(), recipients(message),
                    message.getHeader("Content-Language", ","), text == null ? "" : text.strip(),
                    HtmlText.sanitise(body.html), kind, body.parts, body.dropped,
                    body.bouncedIds, body.bouncedRecipient, body.bounceDetail);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMailException(reason(e), e);
        }
    }

    private static String reason(Exception e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot parse MIME: " + what;
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException, MalformedMailException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            throw new MalformedMailException("no sender address (From)");
        }
        return address;
    }

    private static String decodedSubject(MimeMessage message) throws MessagingException {
        String rawSubject = message.getHeader("Subject", " ");
        if (rawSubject == null) {
            return "";
        }
        try {
            // Lenient: also decodes encoded words that clients glue to other text.
            return MimeUtility.decodeText(MimeUtility.unfold(rawSubject)).strip();
        } catch (IOException e) {
            return rawSubject.strip();
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        var all = new ArrayList<String>();
        for (var type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] addresses = message.getRecipients(type);
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
        final List<String> bouncedIds = new ArrayList<>();
        String bouncedRecipient;
        String bounceDetail;
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException, MalformedMailException {
        if (depth > 20) {
            throw new MalformedMailException("MIME nesting deeper than 20 levels");
        }
        var type = new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MalformedMailException("multipart without parts");
            }
            int count = multipart.getCount();
            for (int i = 0; i < count; i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, body, depth + 1);
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
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

    private void keep(Part part, String base, Body body) throws MessagingException, IOException {
        byte[] bytes = readAll(part.getInputStream(), maxAttachmentBytes);
        String name = fileName(part, base);
        if (bytes == null) {
            body.dropped.add(new ParsedMail.Dropped(name, sizeOf(part), "larger than the limit of " + maxAttachmentBytes + " bytes"));
            return;
        }
        String contentId = part instanceof jakarta.mail.internet.MimePart mp ? mp.getContentID() : null;
        boolean inline = Part.INLINE.equalsIgnoreCase(part.getDisposition()) || contentId != null && part.getFileName() == null;
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
        String name = part.getFileName();
        if (name != null) {
            try {
                return MimeUtility.decodeText(name);
            } catch (IOException e) {
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

    /** Text in its declared charset. Latin-1 labels are read as windows-1252, as browsers do. */
    static String decodeText(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String label = type.getParameter("charset");
        Charset charset = charsetFor(label);
        if (charset != null) {
            return new String(bytes, charset);
        }
        // No or unknown charset: UTF-8 when the bytes are valid UTF-8, else windows-1252.
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Charset charsetFor(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = MimeUtility.javaCharset(label.strip());
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("iso8859_1") || lower.equals("latin1") || lower.equals("us-ascii")) {
            return Charset.forName("windows-1252");
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The bytes, or null when there are more than max. */
    private static byte[] readAll(InputStream in, long max) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return bytes.length > max ? null : bytes;
        }
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
