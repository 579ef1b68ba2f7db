package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry: gap-free numbers per year under concurrency, search and CSV export; registered
 * cases and cases under legal hold are kept from retention and erasure; public copies leave out
 * internal notes and personal data.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

    private static final Pattern NUMBER = Pattern.compile("KT (\\d{4})/(\\d+)");

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(RegistryIT.class);
    }

    @Test
    void concurrentRegistrationsGetUniqueGapFreeNumbers() throws Exception {
        int count = 16;
        var cases = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            cases.add(newCase(Contacts.uniqueEmail()));
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<Api.Response>>();
            for (String number : cases) {
                tasks.add(() -> api.post("/api/cases/" + number + "/registration",
                        Json.createObjectBuilder().add("title", "Formellt ärende " + number).build()));
                // The same case twice at once: one registration, one refusal.
                if (number.equals(cases.get(0))) {
                    tasks.add(() -> api.post("/api/cases/" + number + "/registration", Json.createObjectBuilder().build()));
                }
            }
            var responses = new ArrayList<Api.Response>();
            for (var future : pool.invokeAll(tasks)) {
                responses.add(future.get());
            }
            var sequences = new ArrayList<Long>();
            int refused = 0;
            for (var response : responses) {
                if (response.status() == 409) {
                    refused++;
                    continue;
                }
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                var matcher = NUMBER.matcher(response.json().getString("registryNumber"));
                assertThat(matcher.matches()).isTrue();
                sequences.add(Long.parseLong(matcher.group(2)));
            }
            assertThat(refused).isEqualTo(1);
            assertThat(sequences).hasSize(count).doesNotHaveDuplicates();
            // Gap-free: every number between the lowest and the highest of ours was handed out (to us or a parallel test).
            long lowest = sequences.stream().mapToLong(Long::longValue).min().orElseThrow();
            long highest = sequences.stream().mapToLong(Long::longValue).max().orElseThrow();
            int year = Application.clock().localNow().getYear();
            var all = api.get("/api/registry?year=" + year + "&size=500").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("sequence").longValue()).toList();
            for (long n = lowest; n <= highest; n++) {
                assertThat(all).contains(n);
            }
            long total = api.get("/api/registry?year=" + year + "&size=1").json().getJsonNumber("total").longValue();
            assertThat(all.stream().mapToLong(Long::longValue).max().orElseThrow()).as("1..n without gaps").isEqualTo(total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRegistryIsSearchableAndExportsCsv() {
        String tag = "Stipendium" + UUID.randomUUID().toString().substring(0, 6);
        String number = newCase(Contacts.uniqueEmail());
        var registered = api.post("/api/cases/" + number + "/registration",
                Json.createObjectBuilder().add("title", "Överklagande " + tag).build());
        assertThat(registered.status()).isEqualTo(201);
        String registryNumber = registered.json().getString("registryNumber");
        assertThat(registered.json().getString("registeredOn")).isEqualTo(Application.clock().localNow().toLocalDate().toString());

        var found = api.get("/api/registry?q=" + tag.toLowerCase()).json();
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getString("caseNumber")).isEqualTo(number);
        assertThat(api.get("/api/registry?q=" + number).json().getJsonArray("items").toString()).contains(registryNumber);
        assertThat(api.get("/api/cases/" + number + "/registration").json().getString("registryNumber")).isEqualTo(registryNumber);
        assertThat(api.get("/api/cases/" + newCase(Contacts.uniqueEmail()) + "/registration").status()).isEqualTo(404);

        var csv = api.download("/api/registry/export?q=" + tag);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("registry_number;registered_on;case_number;title")
                .contains(registryNumber + ";").contains(number).contains("Överklagande " + tag);
        assertThat(api.get("/api/cases/" + number + "/audit").body()).contains("REGISTERED_IN_REGISTRY", registryNumber);
    }

    @Test
    void registeredCasesAndLegalHoldsAreKeptFromRetentionAndErasure() {
        String email = Contacts.uniqueEmail();
        String registered = closedFeedbackCase(email);
        String heldEmail = Contacts.uniqueEmail();
        String held = closedFeedbackCase(heldEmail);
        assertThat(api.post("/api/cases/" + registered + "/registration", Json.createObjectBuilder().build()).status()).isEqualTo(201);
        var hold = api.put("/api/cases/" + held + "/legal-hold", Json.createObjectBuilder().add("reason", "Tvist vid förvaltningsrätten").build());
        assertThat(hold.status()).as(hold.toString()).isEqualTo(200);

        long id = api.get("/api/customers?email=" + email).json().getJsonNumber("id").longValue();
        var refused = api.post("/api/customers/" + id + "/erasure", Json.createObjectBuilder().build());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("registered", registered);
        long heldId = api.get("/api/customers?email=" + heldEmail).json().getJsonNumber("id").longValue();
        assertThat(api.post("/api/customers/" + heldId + "/erasure", Json.createObjectBuilder().build()).json()
                .getString("detail")).contains("legal hold", "förvaltningsrätten");

        Application.advanceClock(Duration.ofDays(40));
        var run = api.post("/api/retention/runs?dryRun=false", Json.createObjectBuilder().build()).json();
        assertThat(run.getJsonArray("anonymisedCases").toString()).doesNotContain(registered).doesNotContain(held);
        assertThat(api.get("/api/cases/" + registered).json().getString("subject")).isNotEqualTo("[raderat / erased]");

        assertThat(api.delete("/api/cases/" + held + "/legal-hold").status()).isEqualTo(204);
        var after = api.post("/api/retention/runs?dryRun=true", Json.createObjectBuilder().build()).json();
        assertThat(after.getJsonArray("anonymisedCases").toString()).as("lifted: due again").contains(held);
        assertThat(api.get("/api/cases/" + held + "/audit").body()).contains("LEGAL_HOLD_PLACED", "LEGAL_HOLD_LIFTED");

        String agent = Application.newLoginUser(se.ingang.organisation.entity.StaffRole.AGENT, "fo-registry", "fo-study");
        assertThat(Application.apiAs(agent).put("/api/cases/" + registered + "/legal-hold",
                Json.createObjectBuilder().add("reason", "x").build()).status()).isEqualTo(403);
    }

    @Test
    void aPublicCopyLeavesOutInternalNotesAndPersonalData() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "greta." + tag + "@example.se";
        var body = Json.createObjectBuilder().add("channel", "EMAIL").add("subject", "Fråga om antagning")
                .add("message", "Hej! Jag heter Greta Grönlund och mitt personnummer är 19900101-1234. Ring 070-123 45 67.")
                .add("customer", Json.createObjectBuilder().add("name", "Greta Grönlund").add("email", email).add("group", "PUBLIC"))
                .add("topic", "other").build();
        String number = api.post("/api/cases", body).json().getString("number");
        api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, "Intern bedömning " + tag));
        api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, "Hej Greta, ansökan är mottagen."));
        assertThat(api.get("/api/cases/" + number + "/public-copy").status()).as("not registered").isEqualTo(409);
        api.post("/api/cases/" + number + "/registration", Json.createObjectBuilder().build());

        var copy = api.get("/api/cases/" + number + "/public-copy");
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.body()).contains("Fråga om antagning", "ansökan är mottagen", "[namn borttaget / name removed]")
                .doesNotContain("Intern bedömning", "Greta", "Grönlund", email, "19900101-1234", "070-123 45 67");
        assertThat(copy.json().getJsonArray("documents")).hasSize(2);
    }

    /**
     * Issue 16, item 14: realistic Swedish letters lose every personal detail, and an e-mail address
     * with the customer's name in it becomes one e-mail marker (the old redaction took the name out
     * first and left "[…].[…]@example.org"); ordinary words and a town named in a sentence stay readable.
     */
    @Test
    void aPublicCopyOfSwedishLettersKeepsNoPersonalData() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String staff = "registrator-" + tag;
        Application.staff().addUser(staff, "Maj-Britt Fagerholm", staff + "@example.edu",
                se.ingang.organisation.entity.StaffRole.ADMINISTRATOR);
        Application.staff().setPassword(staff, Application.TEST_PASSWORD);
        String letter = """
                Hej!

                Jag heter Karin Lindqvist och läser till sjuksköterska. Jag behöver ett studieintyg till CSN och \
                till min hyresvärd, och Studievägledningen sa att jag skulle skriva hit. Mitt personnummer är \
                19960314-2382 (960314-2382 utan sekel), min sambos samordningsnummer är 701063-2342.

                Skicka intyget till Karin Lindqvist, c/o Holmberg, Storgatan 12 B, 222 21 Lund. Min sambo Erik kan \
                också ta emot det, eller hans bror Kalle Anka (kalle.anka@example.org). Ni når mig på 070-123 45 67 \
                eller +46 70 123 45 67, eller via min gamla adress karin.lindqvist@example.org.

                Jag har även en fråga om antagning till masterprogrammet i Lund i höst.

                Med vänliga hälsningar
                Karin
                """;
        var body = Json.createObjectBuilder().add("channel", "EMAIL").add("subject", "Studieintyg och antagning")
                .add("message", letter)
                .add("customer", Json.createObjectBuilder().add("name", "Karin Lindqvist")
                        .add("email", "k.lindqvist." + tag + "@example.se").add("group", "STUDENT"))
                .add("topic", "other").build();
        var created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().getString("number");
        var reply = Application.apiAs(staff).post("/api/cases/" + number + "/replies", Contacts.textAt(Application.apiAs(staff), number, """
                Hej Karin,

                Tack för ditt meddelande. Studieintyget skickas till Storgatan 12 B i dag. Om antagning kan du \
                fråga Studievägledningen.

                Vänliga hälsningar
                Maj-Britt Fagerholm
                Studentservice, telefon 046-12 34 56
                """));
        assertThat(reply.status()).as(reply.toString()).isLessThan(300);
        assertThat(api.post("/api/cases/" + number + "/registration", Json.createObjectBuilder().build()).status()).isEqualTo(201);

        var copy = api.get("/api/cases/" + number + "/public-copy");

        assertThat(copy.status()).isEqualTo(200);
        String text = copy.json().getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("text", "")).reduce("", (a, b) -> a + "\n" + b);
        assertThat(copy.body()).as(text).doesNotContain("Karin", "Lindqvist", "Holmberg", "Erik", "Maj-Britt", "Fagerholm",
                "19960314", "960314", "701063", "Storgatan", "12 B", "222 21", "070-123", "123 45 67", "+46 70",
                "046-12", "Kalle", "kalle", "Anka", "anka", "example.org", tag);
        assertThat(text).as(text).contains("min gamla adress [e-post borttagen / e-mail removed].",
                "([e-post borttagen / e-mail removed])",
                "Studievägledningen", "antagning till masterprogrammet i Lund i höst", "studieintyg till CSN",
                "[personnummer borttaget / personal identity number removed]", "[adress borttagen / address removed]",
                "[telefonnummer borttaget / phone number removed]", "[namn borttaget / name removed]");
    }

    private String closedFeedbackCase(String email) {
        var created = api.post("/api/cases", Json.createObjectBuilder(Contacts.newCase(email, "other")).add("type", "FEEDBACK").build()).json();
        String number = created.getString("number");
        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "RESOLVE").add("reply", "Tack!").build()).json();
        assertThat(api.post("/api/cases/" + number + "/close", Contacts.version(resolved)).status()).isEqualTo(200);
        return number;
    }

    private String newCase(String email) {
        var created = api.post("/api/cases", Contacts.newCase(email, "other"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }

    static List<String> numbers(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getString("caseNumber")).toList();
    }
}
