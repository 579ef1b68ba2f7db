package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

/** What the tests read about a case through the API: its JSON, status, timeline, events, deadlines. */
final class CaseReads {

    private final Api api;

    CaseReads(Api api) {
        this.api = api;
    }

    JsonObject caseJson(String number) {
        return api.get("/api/cases/" + number).json();
    }

    String status(String number) {
        return caseJson(number).getString("status");
    }

    List<JsonObject> timeline(String number) {
        return caseJson(number).getJsonArray("timeline").getValuesAs(JsonObject.class);
    }

    /** The events of the timeline, in order. */
    List<String> events(String number) {
        return timeline(number).stream().filter(e -> !e.isNull("event")).map(e -> e.getString("event")).toList();
    }

    List<JsonObject> deadlines(String number) {
        var response = api.get("/api/cases/" + number + "/deadlines");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    /** The latest deadline of a kind. */
    JsonObject deadline(String number, String kind) {
        return deadlines(number).stream().filter(d -> d.getString("kind").equals(kind))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + kind + " deadline"));
    }
}
