package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GDPR export and erasure in one action each. After erasure no text column of any table
 * (ours or the process engine's) holds the person's name, address, phone or words, while
 * their cases, and so the statistics over them, remain.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private final Api api = Api.ofThisServer();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(PrivacyIT.class);
    }

    @Test
    void aPersonIsExportedCompletelyAndThenErasedWithoutTrace() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // Digits only: a phone number with letters is refused (issue 18 item 5), no longer silently shortened.
        String digits = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 10000));
        var person = new Person("Östen Raderasson " + tag, "osten." + tag + "@example.se", "+46 70 555 " + digits,
                "Mitt hemliga ärende " + tag);
        var other = new Person("Karin Kvarsson " + tag, "karin." + tag + "@example.se", "+46 70 666 " + digits,
                "Karins fråga " + tag);
        String first = register(person, "EMAIL");
        String second = register(person, "WEB");
        String othersCase = register(other, "PHONE");
        api.post("/api/cases/" + first + "/replies",
                Contacts.textAt(api, first, "Hej " + person.name + ", vi återkommer."));
        api.post("/api/cases/" + second + "/promises", Json.createObjectBuilder()
                .add("due", Application.clock().now().plusSeconds(86_400).toString())
                .add("note", "Ring " + person.name).build());
        long totalBefore = api.get("/api/cases?size=1").json().getJsonNumber("total").longValue();

        long id = api.get("/api/customers?email=" + person.email).json().getJsonNumber("id").longValue();
        var export = api.get("/api/customers/" + id + "/personal-data");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains(person.name, person.email, person.phone, person.words, first, second, "Ring " + person.name);
        assertThat(export.body()).doesNotContain(other.name, other.email, other.words, othersCase);

        var erased = api.post("/api/customers/" + id + "/erasure", Json.createObjectBuilder().build());
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.body()).contains(first, second).doesNotContain(othersCase);

        assertThat(placesHolding(person.name)).isEmpty();
        assertThat(placesHolding(person.email)).isEmpty();
        assertThat(placesHolding(person.phone)).isEmpty();
        assertThat(placesHolding(person.words)).isEmpty();
        assertThat(placesHolding(other.words)).as("someone else's data stays").isNotEmpty();

        assertThat(api.get("/api/cases?size=1").json().getJsonNumber("total").longValue()).isEqualTo(totalBefore);
        var kept = api.get("/api/cases/" + first).json();
        assertThat(kept.getString("channel")).isEqualTo("EMAIL");
        assertThat(kept.getString("receivedAt")).isNotBlank();
        assertThat(kept.getString("topic")).isEqualTo("other");
        assertThat(kept.getJsonArray("timeline").toString()).contains("PERSONAL_DATA_ERASED");
        assertThat(api.get("/api/cases/" + first + "/deadlines").status()).isEqualTo(200);
    }

    @Test
    void theExportHoldsTheMailAsStoredTheFilesAndTheCallsAndErasureTakesThemAway() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String phone = "070" + Telephony.uniqueDigits();
        var person = new Person("Maja Mejlsson " + tag, "maja." + tag + "@example.se", phone, "Mitt brev " + tag);
        String registered = register(person, "EMAIL");

        var box = MailChannel.newMailbox(api, "privacy");
        String attachment = java.util.Base64.getMimeEncoder().encodeToString(("%PDF intyg " + tag).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        MailChannel.deliver(person.email, List.of(box.address()), MailChannel.raw(
                "From: " + person.email,
                "To: " + box.address(),
                "Subject: Brev med bilaga " + tag,
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "X-Privacy-Check: " + tag,
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b\"",
                "",
                "--b",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                person.words + " med bilaga.",
                "--b",
                "Content-Type: application/pdf; name=\"intyg-" + tag + ".pdf\"",
                "Content-Disposition: attachment; filename=\"intyg-" + tag + ".pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                attachment,
                "--b--"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> MailChannel.casesOf(api, person.email).size() == 2);

        var telephony = new Telephony(api);
        String queue = telephony.newPhoneQueue("fo-it");
        String callId = Telephony.callId();
        var missed = telephony.send(Telephony.event(callId, "2026-10-29T09:00:00+01:00", phone, queue, "MISSED", 30));
        assertThat(missed.status()).as(missed.toString()).isIn(200, 201);
        String callbackCase = missed.json().getString("callbackCase");
        var attempt = api.post("/api/callbacks/" + callbackCase + "/attempts", Json.createObjectBuilder()
                .add("outcome", "NO_ANSWER").add("note", "Ring efter lunch " + tag).build());
        assertThat(attempt.status()).as(attempt.toString()).isEqualTo(200);

        long id = api.get("/api/customers?email=" + person.email).json().getJsonNumber("id").longValue();
        var export = api.get("/api/customers/" + id + "/personal-data");
        assertThat(export.status()).isEqualTo(200);
        var json = export.json();
        var mail = json.getJsonArray("cases").getValuesAs(jakarta.json.JsonObject.class).stream()
                .flatMap(c -> c.getJsonArray("mail").getValuesAs(jakarta.json.JsonObject.class).stream()).toList();
        assertThat(mail).anySatisfy(m -> {
            assertThat(m.getString("direction")).isEqualTo("IN");
            assertThat(m.getString("raw")).contains("X-Privacy-Check: " + tag, "Subject: Brev med bilaga " + tag, attachment.trim());
        });
        assertThat(json.getJsonArray("cases").toString()).contains("intyg-" + tag + ".pdf", registered);
        assertThat(json.getJsonArray("calls").toString()).contains(callId, queue, "MISSED");
        assertThat(json.getJsonArray("callbacks").toString()).contains(callbackCase, "Ring efter lunch " + tag);

        var erased = api.post("/api/customers/" + id + "/erasure", Json.createObjectBuilder().build());
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(placesHolding(tag)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM mail_message WHERE raw LIKE ?", "%" + tag + "%")).as("raw mail").isZero();
        assertThat(count("SELECT COUNT(*) FROM case_attachment WHERE content LIKE ?", "%" + tag + "%")).as("files").isZero();
    }

    private long count(String sql, String parameter) throws SQLException {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void theLegalBasisIsStoredAndExported() {
        String withConsent = Contacts.uniqueEmail();
        var body = Json.createObjectBuilder(Contacts.newCase(withConsent, "other")).add("consentTextVersion", "integritet-2026-1").build();
        assertThat(api.post("/api/cases", body).status()).isEqualTo(201);
        String withoutConsent = Contacts.uniqueEmail();
        assertThat(api.post("/api/cases", Contacts.newCase(withoutConsent, "other")).status()).isEqualTo(201);

        var consented = exportOf(withConsent);
        assertThat(consented).contains("\"legalBasis\":\"CONSENT\"", "\"consentTextVersion\":\"integritet-2026-1\"", "consentedAt");
        assertThat(exportOf(withoutConsent)).contains("\"legalBasis\":\"CASE_HANDLING\"");
    }

    private String exportOf(String email) {
        long id = api.get("/api/customers?email=" + email).json().getJsonNumber("id").longValue();
        return api.get("/api/customers/" + id + "/personal-data").body();
    }

    private String register(Person person, String channel) {
        var body = Json.createObjectBuilder()
                .add("channel", channel)
                .add("subject", "Ärende från " + person.name)
                .add("message", person.words + ". Ring mig på " + person.phone + ". /" + person.name)
                .add("customer", Json.createObjectBuilder().add("name", person.name).add("email", person.email)
                        .add("phone", person.phone).add("group", "PUBLIC"))
                .add("topic", "other")
                .build();
        var created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }

    /** Every table.column whose text holds the needle, across the whole database. */
    private List<String> placesHolding(String needle) throws SQLException {
        var places = new ArrayList<String>();
        try (var connection = database.getConnection()) {
            var columns = new ArrayList<String[]>();
            try (var query = connection.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext')")) {
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
            for (var column : columns) {
                try (var query = connection.prepareStatement("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1] + "` LIKE ?")) {
                    query.setString(1, "%" + needle + "%");
                    try (var rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            places.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return places;
    }

    private record Person(String name, String email, String phone, String words) {
    }
}
