package se.ingang.publicform.control;

import java.io.IOException;

/**
 * A file the customer chose. The content is read only after the size rules passed, so an
 * oversize file is refused without being held in memory.
 */
public record Upload(String fileName, String contentType, long size, Content content) {

    /** Reads the bytes of the file (from the HTTP request part). */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    /** Browsers send an empty part when no file was chosen. */
    public boolean isEmpty() {
        return size == 0 && (fileName == null || fileName.isBlank());
    }

    /** The name without any path some browsers add ("C:\fakepath\x.pdf"). */
    public String safeFileName() {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        if (name.isEmpty()) {
            return "bilaga";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
