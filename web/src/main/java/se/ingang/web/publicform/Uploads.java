package se.ingang.web.publicform;

import jakarta.servlet.http.Part;
import java.util.List;
import se.ingang.publicform.control.Upload;

/** The files of an h:inputFile as the domain takes them; content is read only when needed. */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<Part> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .map(part -> new Upload(part.getSubmittedFileName(), part.getContentType(), part.getSize(),
                        () -> {
                            try (var in = part.getInputStream()) {
                                return in.readAllBytes();
                            }
                        }))
                .filter(upload -> !upload.isEmpty())
                .toList();
    }
}
