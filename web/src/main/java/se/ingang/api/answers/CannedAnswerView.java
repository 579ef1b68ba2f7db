package se.ingang.api.answers;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import se.ingang.answers.entity.CannedAnswer;

/** A canned answer as the API shows it. */
@JsonbNillable
public record CannedAnswerView(long id, long version, String title, String body, String language, String topic,
                               List<String> tags, String updatedBy, Instant updatedAt) {

    static CannedAnswerView of(CannedAnswer a) {
        return new CannedAnswerView(a.getId(), a.getVersion(), a.getTitle(), a.getBody(), a.getLanguage().code(),
                a.getTopicCode(), a.getTags(), a.getUpdatedBy(), a.getUpdatedAt());
    }
}
