package se.ingang.mail.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.regex.Pattern;
import se.ingang.customers.entity.Customer;

/**
 * The one sender address of a From header as clients really write it: with comments
 * ({@code pete(his account)@silly.test(his host)}), with words around the address
 * ({@code big bug bb@bug.com}), with two addresses. The first valid address wins; a header
 * without one gives none (and the message has no usable sender). We never mail an address
 * we could not parse.
 */
public final class SenderAddress {

    /** A usable addr-spec: no spaces or specials in the local part, a domain with a dot and a label of letters. */
    private static final Pattern VALID = Pattern.compile("^[^\\s@<>()\\[\\],;:\"\\\\]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.[\\p{L}][\\p{L}\\p{N}-]*[\\p{L}\\p{N}]$");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

    /** The address (normalised as customers are) and the display name, when there is one. */
    public record Sender(String address, String name) {
    }

    private SenderAddress() {
    }

    public static Optional<Sender> of(String fromHeader) {
        if (fromHeader == null || fromHeader.isBlank()) {
            return Optional.empty();
        }
        String header = fromHeader.replaceAll("\\r?\\n[ \\t]*", " ").strip();
        try {
            for (InternetAddress a : InternetAddress.parseHeader(header, false)) {
                var found = usable(a.getAddress(), a.getPersonal());
                if (found.isPresent()) {
                    return found;
                }
            }
        } catch (AddressException e) {
            // picked out by hand below
        }
        // Comments removed (innermost first), then the first word that is an address.
        String plain = header;
        for (String before = ""; !before.equals(plain); ) {
            before = plain;
            plain = COMMENT.matcher(plain).replaceAll("");
        }
        var inAngles = Pattern.compile("<([^<>]+)>").matcher(plain);
        while (inAngles.find()) {
            var found = usable(inAngles.group(1), personalBefore(plain, inAngles.start()));
            if (found.isPresent()) {
                return found;
            }
        }
        for (String word : plain.split("[\\s,;<>]+")) {
            var found = usable(word, null);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Sender> usable(String address, String personal) {
        if (address == null) {
            return Optional.empty();
        }
        // RFC 5322 §4.4 (obsolete, still sent): comments and folding white space around the dots and the @,
        // as in its own example "John Doe <jdoe@machine(comment).  example>".
        String plain = COMMENT.matcher(address).replaceAll("").strip().replaceAll("\\s*([.@])\\s*", "$1");
        if (!VALID.matcher(plain).matches()) {
            return Optional.empty();
        }
        String name = personal == null || personal.isBlank() ? null : personal.strip();
        return Optional.of(new Sender(Customer.normaliseEmail(plain), name));
    }

    private static String personalBefore(String header, int index) {
        String name = header.substring(0, index).replace("\"", "").strip();
        int comma = name.lastIndexOf(',');
        return comma < 0 ? name : name.substring(comma + 1).strip();
    }
}
