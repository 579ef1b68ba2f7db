package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Full-text search over case number, subject, messages, notes and customer, paged and scoped. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(SearchIT.class);
    }

    @Test
    void aCaseIsFoundByEachOfItsTexts_inAnyCase_withSwedishLetters() {
        String subjectWord = "ångström" + letters();
        String messageWord = "blåbär" + letters();
        String surname = "Öberg" + letters();
        String email = Contacts.uniqueEmail();
        String number = register(subjectWord, "Jag har en fråga om " + messageWord + " i Göteborg.", "Åsa " + surname, email, "degree");
        String noteWord = "anteckning" + letters();
        api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, "Intern " + noteWord));

        assertThat(numbers(search(subjectWord.toUpperCase()))).containsExactly(number);
        assertThat(numbers(search(messageWord))).containsExactly(number);
        assertThat(numbers(search(surname.toLowerCase()))).containsExactly(number);
        assertThat(numbers(search(noteWord))).containsExactly(number);
        assertThat(numbers(search(email.toUpperCase()))).containsExactly(number);
        assertThat(numbers(search(number))).containsExactly(number);
        assertThat(numbers(search(subjectWord.substring(0, 12)))).as("a word's beginning").contains(number);
        assertThat(numbers(search(surname + " " + messageWord))).as("words from different places").containsExactly(number);
        assertThat(numbers(search(subjectWord + " saknas" + letters()))).as("every word must occur").isEmpty();
        var hit = search(subjectWord).getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("customerName")).isEqualTo("Åsa " + surname);
        assertThat(hit.getString("queue")).isEqualTo("fo-study");
    }

    @Test
    void resultsArePagedBestFirst_andRestrictedToTheScope() {
        String word = "gemensam" + letters();
        String inSubject = register("Om " + word, "Hej", "Test Testsson", Contacts.uniqueEmail(), "degree");
        String inMessage1 = register("Annat ärende", "Det gäller " + word, "Test Testsson", Contacts.uniqueEmail(), "degree");
        String inMessage2 = register("Tredje", "Också " + word, "Test Testsson", Contacts.uniqueEmail(), "invoices");

        var first = search(word + "&size=2&page=0");
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(numbers(first)).hasSize(2).startsWith(inSubject);
        var second = search(word + "&size=2&page=1");
        assertThat(numbers(second)).hasSize(1);
        assertThat(List.of(numbers(first).get(1), numbers(second).get(0))).containsExactlyInAnyOrder(inMessage1, inMessage2);

        var studyOnly = search(word + "&queue=fo-study");
        assertThat(numbers(studyOnly)).containsExactlyInAnyOrder(inSubject, inMessage1);
        assertThat(studyOnly.getInt("total")).isEqualTo(2);
        assertThat(numbers(search(word + "&queue=finance"))).isEmpty();
    }

    @Test
    void aBlankQueryIsRefused_andShortWordsFindNothing() {
        assertThat(api.get("/api/search?q=").status()).isEqualTo(400);
        assertThat(api.get("/api/search?q=x&size=500").status()).isEqualTo(400);
        assertThat(search("på").getInt("total")).isZero();
    }

    private String register(String subject, String message, String name, String email, String topic) {
        var body = Json.createObjectBuilder().add("channel", "EMAIL").add("subject", subject).add("message", message)
                .add("customer", Json.createObjectBuilder().add("name", name).add("email", email).add("group", "STUDENT"))
                .add("topic", topic).build();
        var response = api.post("/api/cases", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().getString("number");
    }

    /** q is encoded; what follows the first '&' are further parameters. */
    private JsonObject search(String qAndParameters) {
        int amp = qAndParameters.indexOf('&');
        String q = amp < 0 ? qAndParameters : qAndParameters.substring(0, amp);
        String rest = amp < 0 ? "" : qAndParameters.substring(amp);
        var response = api.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + rest);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> numbers(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("number")).toList();
    }

    /** Letters only, so the full-text parser sees one word. */
    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "x";
    }
}
