package se.ingang.api.attachments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for a download: an ASCII fallback name and the real one (RFC 6266 / 8187, so å, ä, ö survive). */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
