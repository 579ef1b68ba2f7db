package se.ingang.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Request bodies for the API, with a unique customer per call so tests never share data. */
public final class Contacts {

    private Contacts() {
    }

    public static String uniqueEmail() {
        return "kund-" + UUID.randomUUID() + "@example.se";
    }

    public static JsonObject newCase(String email, String topic) {
        return Json.createObjectBuilder()
                .add("channel", "EMAIL")
                .add("subject", "Fråga om " + topic)
                .add("message", "Hej! Jag undrar över något som rör " + topic + ". Hälsningar, Åsa Öberg")
                .add("customer", Json.createObjectBuilder()
                        .add("name", "Åsa Öberg")
                        .add("email", email)
                        .add("group", "STUDENT"))
                .add("topic", topic)
                .build();
    }

    public static JsonObject version(JsonObject theCase) {
        return withVersion(theCase).build();
    }

    /** A note or reply: its text and the case version the writer saw (read just before, as a client would). */
    public static JsonObject textAt(Api api, String number, String text) {
        var seen = api.get("/api/cases/" + number);
        return withVersion(seen.json()).add("text", text).build();
    }

    public static JsonObjectBuilder withVersion(JsonObject theCase) {
        return Json.createObjectBuilder().add("version", theCase.getJsonNumber("version").longValue());
    }
}
