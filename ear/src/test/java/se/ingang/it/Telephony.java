package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Phone queues, numbers, call ids and call logs for the telephony tests; unique per call, so tests never share data. */
final class Telephony {

    private final Api api;

    Telephony(Api api) {
        this.api = api;
    }

    /** A new phone queue whose missed callers the given front office calls back. */
    String newPhoneQueue(String frontOffice) {
        return newPhoneQueue(frontOffice, null);
    }

    String newPhoneQueue(String frontOffice, String phoneNumber) {
        String code = "pq-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder().add("name", "Växeln " + code).add("frontOffice", frontOffice);
        if (phoneNumber != null) {
            body.add("phoneNumber", phoneNumber);
        }
        var created = api.put("/api/phone-queues/" + code, body.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return code;
    }

    /** A Swedish mobile number nobody else uses, in the local form "070-1234567" (digits: 7). */
    static String uniqueDigits() {
        return String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static String callId() {
        return "call-" + UUID.randomUUID();
    }

    Api.Response importCsv(String csv) {
        return api.postBody("/api/calls/imports", "text/csv; charset=UTF-8", csv);
    }

    JsonObject importedOk(String csv) {
        var report = importCsv(csv);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json();
    }

    static JsonObjectBuilder event(String callId, String start, String caller, String queue, String result, int wait) {
        var event = Json.createObjectBuilder().add("callId", callId).add("startTime", start).add("queue", queue)
                .add("result", result).add("waitSeconds", wait).add("durationSeconds", result.equals("ANSWERED") ? 120 : 0);
        if (caller != null) {
            event.add("caller", caller);
        }
        return event;
    }

    /** Note: building empties a JSON-P builder, so send the same event twice as a JsonObject. */
    Api.Response send(JsonObjectBuilder event) {
        return send(event.build());
    }

    Api.Response send(JsonObject event) {
        return api.post("/api/calls/events", event);
    }

    JsonObject call(String callId) {
        var response = api.get("/api/calls/" + callId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    JsonObject callback(String caseNumber) {
        var response = api.get("/api/callbacks/" + caseNumber);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    JsonObject answerRate(String queue, String from, String to) {
        var response = api.get("/api/phone-queues/" + queue + "/answer-rate?from=" + from + "&to=" + to);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** The problems of an import report as "row column" strings, in order. */
    static List<String> problems(JsonObject report) {
        return report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("row").longValue() + " " + p.getString("column")).toList();
    }

    static List<String> strings(JsonObject json, String array) {
        return json.getJsonArray(array).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** JSON-B leaves null fields out; isNull would throw on a missing one. */
    static boolean isNull(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name);
    }

    static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
