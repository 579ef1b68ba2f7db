package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.feedback.boundary.Surveys;

/**
 * The satisfaction survey over real SMTP and IMAP: sent once when a case closes, opened
 * without recording anything, answered by confirming the form, never answered twice.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/survey/[A-Za-z0-9_-]{43})");

    private final Api api = Api.ofThisServer();
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(SurveyIT.class);
    }

    @Test
    void aClosedCaseGetsOneSurveyWhoseLinkRecordsNothingUntilTheCustomerConfirms() throws Exception {
        String email = Contacts.uniqueEmail();
        String number = ClosedCases.of(api, email);

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(email).size() == 1);
        var mail = Mailbox.of(email).get(0);
        assertThat(mail.subject()).contains("[Ärende " + number + "]");
        var link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        String url = link.group(1);

        var opened = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("<form method=\"post\"", number, "lang=\"sv\"");
        assertThat(survey(number).getAnsweredAt()).as("opening the link records nothing").isNull();

        var answered = post(url, "score=4&comment=" + URLEncoder.encode("Snabbt och vänligt – tack!", StandardCharsets.UTF_8));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(survey(number).getScore()).isEqualTo(4);
        assertThat(survey(number).getComment()).isEqualTo("Snabbt och vänligt – tack!");

        assertThat(post(url, "score=1").statusCode()).as("a second answer").isEqualTo(409);
        assertThat(survey(number).getScore()).isEqualTo(4);
        assertThat(Mailbox.of(email)).as("sent once").hasSize(1);
    }

    @Test
    void anInvalidScoreIsExplainedAndNothingIsStored() throws Exception {
        String email = Contacts.uniqueEmail();
        String number = ClosedCases.of(api, email);
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(email).size() == 1);
        var link = LINK.matcher(Mailbox.of(email).get(0).text());
        assertThat(link.find()).isTrue();

        var refused = post(link.group(1) + "?lang=en", "score=9&comment=hej");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"", "Choose a score from 1 to 5", "hej");
        assertThat(survey(number).getAnsweredAt()).isNull();
    }

    @Test
    void anUnknownTokenIsNotFound() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/survey/" + "x".repeat(43))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static se.ingang.feedback.entity.Survey survey(String number) {
        Surveys surveys = Application.lookup("java:global/ingang/ingang-ejb/Surveys!" + Surveys.class.getName());
        long caseId = Application.cases().find(number).getId();
        return surveys.forCase(caseId).orElseThrow();
    }
}
