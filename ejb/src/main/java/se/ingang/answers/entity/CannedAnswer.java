package se.ingang.answers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * A reusable reply text (svarsstöd) in one language, optionally for a topic, with tags to
 * find it by. The body may hold placeholders such as {customerName} (see AnswerTemplate).
 */
@Entity
@Table(name = "canned_answer")
public class CannedAnswer {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_TAGS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private AnswerLanguage language;

    @Column(name = "topic_code", length = 64)
    private String topicCode;

    /** Lower-case, comma-separated, so the full-text index and LIKE both see whole words. */
    @Column(nullable = false, length = MAX_TAGS)
    private String tags = "";

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CannedAnswer() {
    }

    public CannedAnswer(String title, String body, AnswerLanguage language, String topicCode, List<String> tags,
                        String actor, Instant now) {
        change(title, body, language, topicCode, tags, actor, now);
    }

    public final void change(String title, String body, AnswerLanguage language, String topicCode, List<String> tags,
                             String actor, Instant now) {
        this.title = required("title", title, MAX_TITLE);
        this.body = required("body", body, MAX_BODY);
        if (language == null) {
            throw new InvalidInputException("language", "sv or en");
        }
        this.language = language;
        this.topicCode = topicCode == null || topicCode.isBlank() ? null : topicCode.trim();
        this.tags = joinTags(tags);
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public void expectVersion(long expected) {
        if (expected != version) {
            throw new StaleVersionException("Canned answer " + id, expected, version);
        }
    }

    static String joinTags(List<String> tags) {
        if (tags == null) {
            return "";
        }
        var clean = new LinkedHashSet<String>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                if (tag.contains(",")) {
                    throw new InvalidInputException("tags", "a tag cannot contain a comma");
                }
                clean.add(tag.trim().toLowerCase(Locale.ROOT));
            }
        }
        String joined = String.join(",", clean);
        if (joined.length() > MAX_TAGS) {
            throw new InvalidInputException("tags", "at most " + MAX_TAGS + " characters together");
        }
        return joined;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public AnswerLanguage getLanguage() {
        return language;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public List<String> getTags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
