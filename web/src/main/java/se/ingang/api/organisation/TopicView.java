package se.ingang.api.organisation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.ingang.organisation.entity.Topic;

/** A service area and the code of the front-office profile that triages its cases. */
@JsonbPropertyOrder({"code", "name", "frontOffice", "version"})
public record TopicView(String code, String name, String frontOffice, long version) {

    static TopicView of(Topic topic) {
        return new TopicView(topic.getCode(), topic.getName(), topic.getFrontOffice().getCode(), topic.getVersion());
    }
}
