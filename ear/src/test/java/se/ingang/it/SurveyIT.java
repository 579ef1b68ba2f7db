package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.feedback.boundary.Surveys;

/**
 * The satisfaction survey over real SMTP and IMAP: sent once when a case closes, opened
 * without recording anything, answered by confirming the form, never answered twice. The link's
 * token is not stored, only its SHA-256 (issue 16, item 13).
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

    private static final Pattern LINK = Pattern.compile("(http\\S+/survey/[A-Za-z0-9_-]{43})");

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

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

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.surveysOf(email).size() == 1);
        var mail = Mailbox.surveysOf(email).get(0);
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
        assertThat(Mailbox.surveysOf(email)).as("sent once").hasSize(1);

        // Through the Outbox like every other mail: kept with the case, threaded, the link left out of the kept copy.
        var kept = MailChannel.mailOf(api, number).getJsonArray("messages").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(m -> m.getString("kind").equals("SURVEY")).toList();
        assertThat(kept).singleElement().satisfies(m -> {
            assertThat(m.getString("to")).isEqualTo(email);
            assertThat(m.getString("status")).isEqualTo("SENT");
            assertThat(m.getString("body")).contains(number).doesNotContain(url.substring(url.lastIndexOf('/') + 1));
        });
    }

    @Test
    void anInvalidScoreIsExplainedAndNothingIsStored() throws Exception {
        String email = Contacts.uniqueEmail();
        String number = ClosedCases.of(api, email);
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.surveysOf(email).size() == 1);
        var link = LINK.matcher(Mailbox.surveysOf(email).get(0).text());
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

    @Test
    void noColumnOfTheSurveyHoldsTheMailedTokenAndTheLinkStillTakesAnAnswer() throws Exception {
        String email = Contacts.uniqueEmail();
        String number = ClosedCases.of(api, email);
        String url = mailedLink(email);
        String token = url.substring(url.length() - 43);

        assertThat(surveyRow(number)).as("the survey's columns").isNotEmpty()
                .noneMatch(value -> value != null && value.contains(token));
        // MariaDB's SHA2 is what the migration hashed the earlier tokens with: links mailed before it still open.
        assertThat(count("SELECT COUNT(*) FROM survey WHERE token_hash = SHA2(?, 256)", token)).isEqualTo(1);

        var opened = get(url);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("<form method=\"post\"", number);
        assertThat(post(url, "score=5").statusCode()).isEqualTo(200);
        assertThat(survey(number).getScore()).isEqualTo(5);
    }

    @Test
    void aWrongTokenIsAnsweredLikeAnUnknownOne() throws Exception {
        String email = Contacts.uniqueEmail();
        String number = ClosedCases.of(api, email);
        String url = mailedLink(email);
        String base = url.substring(0, url.length() - 43);
        String wrong = url.substring(0, url.length() - 1) + (url.endsWith("A") ? "B" : "A");
        String unknown = base + "x".repeat(43);

        var openedWrong = get(wrong);
        var openedUnknown = get(unknown);
        assertThat(openedWrong.statusCode()).isEqualTo(404);
        assertThat(openedUnknown.statusCode()).isEqualTo(404);
        assertThat(openedWrong.body()).isEqualTo(openedUnknown.body());
        var postedWrong = post(wrong, "score=1");
        assertThat(postedWrong.statusCode()).isEqualTo(404);
        assertThat(postedWrong.body()).isEqualTo(post(unknown, "score=1").body());
        assertThat(survey(number).getAnsweredAt()).isNull();
        assertThat(get(url).statusCode()).as("the right token still opens it").isEqualTo(200);
    }

    private String mailedLink(String email) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.surveysOf(email).size() == 1);
        var link = LINK.matcher(Mailbox.surveysOf(email).get(0).text());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** Every column of the case's survey row, as text. */
    private List<String> surveyRow(String number) throws Exception {
        var values = new ArrayList<String>();
        try (var connection = database.getConnection();
             var query = connection.prepareStatement("SELECT * FROM survey WHERE case_number = ?")) {
            query.setString(1, number);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("a survey for " + number).isTrue();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getString(i));
                }
            }
        }
        return values;
    }

    private long count(String sql, String parameter) throws Exception {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
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
