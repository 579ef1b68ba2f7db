package se.ingang.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Message-IDs as they appear in Message-ID, In-Reply-To and References: "<local@domain>". */
public final class MessageIds {

    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");

    private MessageIds() {
    }

    /** All ids in a header value, in order, without duplicates. */
    public static List<String> parse(String header) {
        var ids = new ArrayList<String>();
        if (header == null) {
            return ids;
        }
        var m = ID.matcher(header);
        while (m.find()) {
            if (!ids.contains(m.group())) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    /** The one id of a Message-ID header, or null when it has none we can use. */
    public static String single(String header) {
        var ids = parse(header);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
