package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Canned answers: maintained, searched by words (Swedish letters too) and language, rendered for a case. */
@ExtendWith(ArquillianExtension.class)
class CannedAnswersIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CannedAnswersIT.class);
    }

    @Test
    void createSearchByWordAndLanguage_updateAndDelete() {
        String word = "återbetalning" + unique();
        var sv = create("Studieavgift " + word, "Hej {customerName}! Om " + word + " gäller ärende {caseNumber}.", "sv", List.of("avgift"));
        var en = create("Tuition " + word, "Dear {customerName}, about " + word + ".", "en", List.of("fee"));

        assertThat(ids(search(word, null))).containsExactlyInAnyOrder(sv.getInt("id"), en.getInt("id"));
        assertThat(ids(search(word, "sv"))).containsExactly(sv.getInt("id"));
        assertThat(ids(search(word.substring(0, 8), "en"))).as("a word's beginning finds it").contains(en.getInt("id"));
        assertThat(ids(search("studieavgift " + word, null))).containsExactly(sv.getInt("id"));
        assertThat(ids(search("Avgift " + word, null))).as("tags count").containsExactly(sv.getInt("id"));

        var changed = api.put("/api/canned-answers/" + en.getInt("id"), Json.createObjectBuilder()
                .add("version", en.getJsonNumber("version").longValue()).add("title", "Fees " + word)
                .add("body", "New text").add("language", "en").add("tags", Json.createArrayBuilder().add("fee")).build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("title")).isEqualTo("Fees " + word);
        var stale = api.put("/api/canned-answers/" + en.getInt("id"), Json.createObjectBuilder()
                .add("version", en.getJsonNumber("version").longValue()).add("title", "x").add("body", "y").add("language", "en").build());
        assertThat(stale.status()).isEqualTo(409);

        assertThat(api.delete("/api/canned-answers/" + sv.getInt("id") + "?version=" + sv.getJsonNumber("version")).status()).isEqualTo(204);
        assertThat(api.get("/api/canned-answers/" + sv.getInt("id")).status()).isEqualTo(404);
        assertThat(ids(search(word, null))).containsExactly(en.getInt("id"));
    }

    @Test
    void anAnswerIsRenderedForACase_withUnresolvedPlaceholdersListed() {
        var answer = create("Svar " + unique(), "Hej {customerName}! Ärende {caseNumber}: {caseSubject}. {signature}", "sv", List.of());
        String number = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "tuition-fees")).json().getString("number");

        var rendered = api.get("/api/canned-answers/" + answer.getInt("id") + "/rendered?caseNumber=" + number);

        assertThat(rendered.status()).as(rendered.toString()).isEqualTo(200);
        assertThat(rendered.json().getString("text"))
                .isEqualTo("Hej Åsa Öberg! Ärende " + number + ": Fråga om tuition-fees. {signature}");
        assertThat(rendered.json().getJsonArray("unresolved").getString(0)).isEqualTo("signature");
    }

    @Test
    void invalidInputIsRefused() {
        var noLanguage = Json.createObjectBuilder().add("title", "t").add("body", "b").add("language", "de").build();
        assertThat(api.post("/api/canned-answers", noLanguage).status()).isEqualTo(400);
        var unknownTopic = Json.createObjectBuilder().add("title", "t").add("body", "b").add("language", "sv").add("topic", "nope").build();
        assertThat(api.post("/api/canned-answers", unknownTopic).status()).isEqualTo(400);
        assertThat(api.get("/api/canned-answers?lang=fr").status()).isEqualTo(400);
    }

    private JsonObject create(String title, String body, String language, List<String> tags) {
        var tagArray = Json.createArrayBuilder();
        tags.forEach(tagArray::add);
        var response = api.post("/api/canned-answers", Json.createObjectBuilder().add("title", title).add("body", body)
                .add("language", language).add("tags", tagArray).build());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private List<JsonObject> search(String q, String language) {
        var response = api.get("/api/canned-answers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (language == null ? "" : "&lang=" + language));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static List<Integer> ids(List<JsonObject> answers) {
        return answers.stream().map(a -> a.getInt("id")).toList();
    }

    /** Letters only, so the full-text index sees one word. */
    private static String unique() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }
}
