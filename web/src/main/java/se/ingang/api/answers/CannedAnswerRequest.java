package se.ingang.api.answers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** POST / PUT /api/canned-answers: version only when changing an existing answer. */
public record CannedAnswerRequest(Long version, @NotBlank @Size(max = 200) String title,
                                  @NotBlank @Size(max = 20000) String body, @NotBlank String language,
                                  @Size(max = 64) String topic, List<String> tags) {
}
