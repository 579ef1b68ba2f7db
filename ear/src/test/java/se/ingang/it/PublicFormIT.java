package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.LegalBasis;
import se.ingang.publicform.boundary.FormRejectedException;
import se.ingang.publicform.boundary.FormRejectedException.Reason;
import se.ingang.publicform.boundary.PublicForm;
import se.ingang.publicform.control.FormError;
import se.ingang.publicform.control.FormSettings;
import se.ingang.publicform.control.Upload;
import se.ingang.publicform.control.WebFormInput;

/**
 * The public form's use cases in the running server: a post becomes a WEB case with the
 * consent recorded, a receipt and a private status link; robots, floods and oversize files
 * are refused; the status page shows the public conversation and takes replies.
 */
@ExtendWith(ArquillianExtension.class)
class PublicFormIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/status/([A-Za-z0-9_-]{43}))");

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(PublicFormIT.class);
    }

    @Test
    void aPostBecomesAWebCaseWithConsentFilesReceiptAndStatusLink() throws Exception {
        String email = Contacts.uniqueEmail();
        var file = new Upload("C:\\fakepath\\betyg_åäö.pdf", "application/pdf", 5, () -> "%PDF-".getBytes(StandardCharsets.US_ASCII));

        var receipt = form().submit(input(email, "", List.of(file)), uniqueAddress());

        var c = Application.cases().find(receipt.caseNumber());
        assertThat(c.getChannel()).isEqualTo(Channel.WEB);
        assertThat(c.getSubject()).isEqualTo("Examensbevis för Åsa");
        assertThat(c.getTopic().getCode()).isEqualTo("degree");
        assertThat(c.getFrontOffice().getCode()).isEqualTo("fo-study");
        assertThat(c.getCustomer().getLegalBasis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(c.getCustomer().getConsentTextVersion()).isEqualTo(FormSettings.PRIVACY_TEXT_VERSION);
        assertThat(c.getCustomer().getConsentedAt()).isNotNull();

        var status = form().status(receipt.token());
        assertThat(status.caseNumber()).isEqualTo(receipt.caseNumber());
        assertThat(status.messages()).singleElement().satisfies(m -> {
            assertThat(m.fromCustomer()).isTrue();
            assertThat(m.text()).contains("När kommer mitt examensbevis?");
            assertThat(m.attachments()).containsExactly("betyg_åäö.pdf");
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.of(email).size() == 1);
        var mail = Mailbox.of(email).get(0);
        assertThat(mail.subject()).isEqualTo("[Ärende " + receipt.caseNumber() + "] Vi har tagit emot ditt ärende");
        var link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        assertThat(link.group(2)).isEqualTo(receipt.token());

        // One outgoing path: the receipt is in the case's mail like every reply, but the stored copy has no link.
        var api = Api.ofThisServer();
        await().atMost(Duration.ofSeconds(30)).until(() -> MailChannel.mailOf(api, receipt.caseNumber())
                .getJsonArray("messages").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(m -> m.getString("kind").equals("RECEIPT") && m.getString("status").equals("SENT")));
        var stored = MailChannel.mailOf(api, receipt.caseNumber()).getJsonArray("messages")
                .getValuesAs(jakarta.json.JsonObject.class);
        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.getString("direction")).isEqualTo("OUT");
            assertThat(m.getString("to")).isEqualTo(email);
            assertThat(m.getString("body")).contains(receipt.caseNumber(), "bekräftelsesidan")
                    .doesNotContain(receipt.token());
        });

        // The form's file is listed and downloaded like a mail attachment: one table, one way.
        var files = MailChannel.list(api, "/api/cases/" + receipt.caseNumber() + "/attachments");
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.getString("fileName")).isEqualTo("betyg_åäö.pdf");
            assertThat(f.getString("source")).isEqualTo("FORM");
            assertThat(f.getString("contentType")).isEqualTo("application/pdf");
        });
        var download = api.download("/api/cases/" + receipt.caseNumber() + "/attachments/" + files.get(0).getJsonNumber("id"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-");
    }

    @Test
    void theHoneypotRefusesAndStoresNothing() {
        String email = Contacts.uniqueEmail();
        assertThatThrownBy(() -> form().submit(input(email, "http://spam.example", List.of()), uniqueAddress()))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.AUTOMATED));
        assertThat(casesOf(email)).isZero();
    }

    @Test
    void oneAddressMayPostOnlySoOftenPerHour() {
        String email = Contacts.uniqueEmail();
        for (int i = 0; i < 5; i++) {
            form().submit(input(email, null, List.of()), uniqueAddress());
        }
        assertThatThrownBy(() -> form().submit(input(email, null, List.of()), uniqueAddress()))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY));
        assertThat(casesOf(email)).isEqualTo(5);
    }

    @Test
    void oneClientAddressMayPostOnlySoOftenPerHour() {
        String address = uniqueAddress();
        for (int i = 0; i < 30; i++) {
            form().submit(input(Contacts.uniqueEmail(), null, List.of()), address);
        }
        String refused = Contacts.uniqueEmail();
        assertThatThrownBy(() -> form().submit(input(refused, null, List.of()), address))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY));
        assertThat(casesOf(refused)).isZero();
    }

    @Test
    void anOversizeFileIsRefusedWithAReasonAndNeverRead() {
        String email = Contacts.uniqueEmail();
        var huge = new Upload("film.mov", "video/quicktime", 50L * 1024 * 1024, () -> {
            throw new AssertionError("an oversize file must not be read");
        });
        assertThatThrownBy(() -> form().submit(input(email, null, List.of(huge)), uniqueAddress()))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID);
                    assertThat(e.errors()).extracting(FormError::field, FormError::key).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("attachments", "error.attachments.fileTooLarge"));
                });
        assertThat(casesOf(email)).isZero();
    }

    @Test
    void theStatusLinkOpensThePageAndAWrongOneIsNotFound() throws Exception {
        var receipt = form().submit(input(Contacts.uniqueEmail(), null, List.of()), uniqueAddress());

        var page = get(receipt.statusPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(receipt.caseNumber(), "lang=\"sv\"", "Examensbevis för Åsa");

        String wrong = receipt.token().substring(1) + (receipt.token().charAt(0) == 'A' ? "B" : "A");
        for (String path : List.of("/status/" + wrong, "/status/x", "/status/", "/public/status.xhtml")) {
            var missing = get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("Sidan finns inte").doesNotContain("Ärende 20");
        }
    }

    @Test
    void aReplyOnTheStatusPageReachesTheCaseAndReopensIt() {
        String email = Contacts.uniqueEmail();
        var receipt = form().submit(input(email, null, List.of()), uniqueAddress());
        String number = receipt.caseNumber();
        var cases = Application.cases();
        var registered = cases.find(number);
        var triaged = cases.triage(number, new se.ingang.cases.boundary.TriageDecision(registered.getVersion(),
                null, null, null, null, se.ingang.cases.boundary.TriageDecision.Outcome.RESOLVE,
                null, "Beviset skickas i dag.", "Intern: kontrollerat i Ladok."), "agent");
        assertThat(triaged.getStatus()).isEqualTo(CaseStatus.RESOLVED);

        var before = form().status(receipt.token());
        assertThat(before.messages()).extracting(m -> m.text())
                .containsExactly(registered.getTimeline().get(0).getBody(), "Beviset skickas i dag.");

        var file = new Upload("intyg.txt", "text/plain", 3, () -> "hej".getBytes(StandardCharsets.UTF_8));
        var after = form().reply(receipt.token(), "Tack, men jag behöver också ett intyg på engelska.", List.of(file),
                uniqueAddress());

        assertThat(after.status()).isIn(CaseStatus.NEW, CaseStatus.IN_PROGRESS);
        assertThat(after.messages()).last().satisfies(m -> {
            assertThat(m.fromCustomer()).isTrue();
            assertThat(m.text()).isEqualTo("Tack, men jag behöver också ett intyg på engelska.");
            assertThat(m.attachments()).containsExactly("intyg.txt");
        });
        assertThat(after.messages()).extracting(m -> m.text()).noneMatch(t -> t.contains("Ladok"));
        assertThat(cases.find(number).getTimeline()).anySatisfy(e ->
                assertThat(e.getBody()).isEqualTo("Tack, men jag behöver också ett intyg på engelska."));
    }

    private static WebFormInput input(String email, String honeypot, List<Upload> files) {
        return new WebFormInput("STUDENT", "SUPPORT", "degree", "Examensbevis för Åsa",
                "Hej! När kommer mitt examensbevis? Hälsningar Åsa Öberg", "Åsa Öberg", email, "070-123 45 67", true,
                FormSettings.PRIVACY_TEXT_VERSION, honeypot, "sv", files);
    }

    private static String uniqueAddress() {
        return "198.51.100." + UUID.randomUUID();
    }

    private static long casesOf(String email) {
        return Application.cases().list(new CaseQuery(null, null, null, email, null, 0, 10)).total();
    }

    private HttpResponse<String> get(String path) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static PublicForm form() {
        return Application.lookup("java:global/ingang/ingang-ejb/PublicForm!" + PublicForm.class.getName());
    }
}
