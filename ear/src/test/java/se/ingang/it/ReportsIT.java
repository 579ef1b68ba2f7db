package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.Folder;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.reports.boundary.ReportSubscriptions;
import se.ingang.reports.boundary.WeeklyReports;
import se.ingang.reports.control.ReportPeriod;

/**
 * The dashboards' figures on a small hand-built set of facts (ReportFacts: its own front office,
 * March 2019) against the figures worked out by hand, with their drill-downs, the CSV exports,
 * the filters, the managers-only rule, and the weekly report mail over real SMTP/IMAP.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static ReportFacts.DataSet set;
    private static Api manager;
    private static String managerName;
    private static String week;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ReportsIT.class);
    }

    /** Made once, in the server, by the first test that runs (test methods run in the server, lifecycle methods need not). */
    private static void facts() {
        synchronized (ReportsIT.class) {
            if (set == null) {
                set = ReportFacts.create();
                managerName = Application.newLoginUser(StaffRole.MANAGER);
                manager = Application.apiAs(managerName);
                week = "from=2019-03-04&to=2019-03-10&frontOffice=" + set.frontOffice();
            }
        }
    }

    @Test
    void everyHeadlineFigureMatchesTheHandComputation() {
        facts();
        var response = manager.get("/api/reports/kpis?" + week);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var k = response.json();

        assertThat(k.getString("from")).isEqualTo("2019-03-04");
        // C1–C6 and C8; C7 came in at 00:10 on Monday the 11th in Sweden (still the 10th in UTC).
        assertThat(k.getJsonNumber("received").longValue()).isEqualTo(7);
        assertThat(numbers(k.getJsonObject("emailAndWeb"))).isEqualTo(map(
                "received", 4, "answered", 3, "answeredShare", 0.75, "answeredInTarget", 2, "answeredInTargetShare", 0.5));
        assertThat(numbers(k.getJsonObject("phone"))).isEqualTo(map(
                "offered", 5, "answered", 2, "missed", 3, "answerRate", 0.4, "callbacksOwed", 2, "calledBackInTime", 1,
                "calledBackLate", 1, "notCalledBack", 0, "calledBackInTimeShare", 0.5));
        // First responses: C1 2 h over the weekend (65 h on the clock), C2 2 h, C3 18 h (48 h), C4 3.5 h, C6 10 min.
        assertThat(numbers(k.getJsonObject("firstResponse"))).isEqualTo(map(
                "count", 5, "medianBusinessSeconds", 7200, "p90BusinessSeconds", 64800, "medianSeconds", 12600,
                "p90Seconds", 234000));
        // Resolutions: C1 2 h (65 h), C2 24 h (54 h, waiting included), C3 18 h (48 h), C4 3.5 h, C6 10 min.
        assertThat(numbers(k.getJsonObject("resolution"))).isEqualTo(map(
                "count", 5, "medianBusinessSeconds", 12600, "p90BusinessSeconds", 86400, "medianSeconds", 172800,
                "p90Seconds", 234000));
        // Kept: C1 ×2, C2 ×2 (its resolution target moved by the pause), C4 resolution; breached: C3 ×2, C4 first response, C5 ×2.
        assertThat(numbers(k.getJsonObject("sla"))).isEqualTo(map(
                "kept", 5, "breached", 5, "open", 0, "compliance", 0.5));
        assertThat(numbers(k.getJsonObject("promises"))).isEqualTo(map(
                "kept", 1, "breached", 1, "open", 0, "compliance", 0.5));
        assertThat(numbers(k.getJsonObject("firstContactResolution"))).isEqualTo(map(
                "resolved", 5, "atFirstContact", 3, "share", 0.6));
        assertThat(k.getJsonNumber("backlog").longValue()).isEqualTo(3);
        assertThat(numbers(k.getJsonObject("bounces"))).isEqualTo(map(
                "routedCases", 2, "transfers", 1, "returns", 0, "bouncedCases", 1, "bouncedShare", 0.5));
        var satisfaction = k.getJsonObject("satisfaction");
        assertThat(satisfaction.getJsonNumber("count").longValue()).isEqualTo(2);
        assertThat(satisfaction.getJsonNumber("average").doubleValue()).isEqualTo(3.5);
        assertThat(satisfaction.getJsonArray("distribution").toString()).isEqualTo("[0,1,0,0,1]");
    }

    @Test
    void tablesShowTimePerLegSlaByKindPhoneBacklogAndVolume() {
        facts();
        String fo = set.frontOffice();
        // Triage: C1 2 h (65 h), C2 1 h, C3 1 h, C4 3.5 h. G1: C2 7 h net of 16 h waiting, C3 3 h. G2: C3 14 h (44 h).
        assertThat(rows("legs")).containsExactly(
                List.of(fo, "TRIAGE", 4, 4, 27000, 3600, 12600, 3600),
                List.of(set.group1(), "HANDLING", 2, 2, 36000, 10800, 25200, 10800),
                List.of(set.group2(), "HANDLING", 1, 1, 50400, 50400, 50400, 158400),
                List.of("WAITING", "WAITING", 1, 1, 57600, 57600, 57600, 165600));
        assertThat(rows("sla")).containsExactly(
                List.of("FIRST_RESPONSE", 2, 3, 0, 0, 0.4),
                List.of("RESOLUTION", 3, 2, 0, 0, 0.6),
                List.of("TRIAGE", 3, 1, 0, 0, 0.75),
                List.of("HANDLING", 2, 1, 0, 0, 0.6667),
                List.of("FOLLOW_UP", 1, 1, 0, 0, 0.5));
        assertThat(rows("phone")).containsExactly(List.of(set.phoneQueue(), 5, 2, 3, 0.4, 2, 1, 1, 0, 0.5));
        assertThat(rows("backlog")).containsExactly(List.of(fo, 0, 0, 0, 3, 3));
        assertThat(rows("volume-channel")).containsExactly(List.of("EMAIL", 3), List.of("PHONE", 2), List.of("VISIT", 1),
                List.of("WEB", 1));
        assertThat(rows("volume-time")).containsExactly(List.of("2019-03-04", 1), List.of("2019-03-05", 1),
                List.of("2019-03-06", 1), List.of("2019-03-07", 2), List.of("2019-03-08", 1), List.of("2019-03-10", 1));
        assertThat(rows("satisfaction")).containsExactly(List.of("1", 0), List.of("2", 1), List.of("3", 0), List.of("4", 0),
                List.of("5", 1));
    }

    @Test
    void everyFigureDrillsDownToItsCases() {
        facts();
        assertThat(cases("received", null, null)).containsExactlyInAnyOrder(n("C1"), n("C2"), n("C3"), n("C4"), n("C5"),
                n("C6"), n("C8"));
        assertThat(cases("slaBreached", null, null)).containsExactlyInAnyOrder(n("C3"), n("C4"), n("C5"));
        assertThat(cases("slaBreached", "TRIAGE", null)).containsExactly(n("C4"));
        assertThat(cases("answeredInTarget", null, null)).containsExactlyInAnyOrder(n("C1"), n("C2"));
        assertThat(cases("unanswered", null, null)).containsExactly(n("C8"));
        assertThat(cases("fcr", null, null)).containsExactlyInAnyOrder(n("C1"), n("C4"), n("C6"));
        assertThat(cases("promisesBroken", null, null)).containsExactly(n("C3"));
        assertThat(cases("calledBackLate", null, null)).containsExactly(n("C4"));
        assertThat(cases("calledBackInTime", set.phoneQueue(), null)).containsExactly(n("C5"));
        assertThat(cases("bounced", null, null)).containsExactly(n("C3"));
        assertThat(cases("leg", set.group2(), null)).containsExactly(n("C3"));
        assertThat(cases("leg", "WAITING", null)).containsExactly(n("C2"));
        assertThat(cases("backlog", set.frontOffice(), "11+")).containsExactlyInAnyOrder(n("C5"), n("C7"), n("C8"));
        assertThat(cases("satisfaction", "2", null)).containsExactly(n("C2"));
        assertThat(cases("time", "2019-03-07", null)).containsExactlyInAnyOrder(n("C5"), n("C6"));
        var unknown = manager.get("/api/reports/cases?kpi=nonsense&" + week);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    }

    @Test
    void filtersNarrowTheCases() {
        facts();
        assertThat(received("&group=" + set.group2())).as("handled by G2").isEqualTo(1);
        assertThat(received("&group=" + set.group1())).as("handled by G1").isEqualTo(2);
        assertThat(received("&channel=EMAIL")).isEqualTo(3);
        assertThat(received("&caseType=CALLBACK")).isEqualTo(2);
        assertThat(received("&customerGroup=STAFF")).isEqualTo(1);
        var callbacksOnly = manager.get("/api/reports/cases?kpi=received&caseType=CALLBACK&" + week).json();
        assertThat(strings(callbacksOnly.getJsonArray("caseNumbers"))).containsExactly(n("C4"), n("C5"));
        var other = manager.get("/api/reports/kpis?from=2019-03-11&to=2019-03-11&frontOffice=" + set.frontOffice()).json();
        assertThat(other.getJsonNumber("received").longValue()).as("C7 on Monday the 11th").isEqualTo(1);
    }

    @Test
    void csvExportsCarryTheSameFiguresAsTheJson() {
        facts();
        var json = manager.get("/api/reports/kpis?" + week).json();
        var csv = manager.get("/api/reports/kpis.csv?" + week, "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var expected = new LinkedHashMap<String, String>();
        flatten("", json, expected);
        var lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("kpi;value");
        var actual = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            var cells = lines[i].split(";", -1);
            actual.put(cells[0], cells[1]);
        }
        assertThat(actual).as("JSON-B orders by name, the CSV as the figures are defined").isEqualTo(expected);
        assertThat(actual).containsEntry("received", "7").containsEntry("firstResponse.medianBusinessSeconds", "7200");

        var byAccept = manager.get("/api/reports/kpis?" + week, "text/csv");
        assertThat(byAccept.body()).isEqualTo(csv.body());

        for (String table : List.of("legs", "sla", "phone", "backlog", "response", "volume-topic")) {
            var tableJson = manager.get("/api/reports/tables/" + table + "?" + week).json();
            var tableCsv = manager.get("/api/reports/tables/" + table + ".csv?" + week, "text/csv").body();
            var expectedCsv = new StringBuilder(String.join(";", strings(tableJson.getJsonArray("columns")))).append("\r\n");
            for (var row : tableJson.getJsonArray("rows")) {
                var cells = new ArrayList<String>();
                for (var cell : row.asJsonArray()) {
                    cells.add(cell.getValueType() == JsonValue.ValueType.NULL ? ""
                            : cell instanceof JsonString s ? s.getString() : cell.toString());
                }
                expectedCsv.append(String.join(";", cells)).append("\r\n");
            }
            assertThat(tableCsv).as(table).isEqualTo(expectedCsv.toString());
        }
        var drill = manager.get("/api/reports/cases.csv?kpi=fcr&" + week, "text/csv").body();
        assertThat(drill.split("\r\n")).containsExactly("caseNumber", n("C1"), n("C4"), n("C6"));
    }

    @Test
    void onlyManagersAndAdministratorsSeeTheFigures() {
        facts();
        var agent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, set.frontOffice()));
        var handler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, set.group1()));
        for (var outsider : List.of(agent, handler)) {
            assertThat(outsider.get("/api/reports/kpis?" + week).status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/kpis.csv?" + week, "text/csv").status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/tables/legs?" + week).status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/cases?kpi=received&" + week).status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/subscription").status()).isEqualTo(403);
        }
        assertThat(Api.anonymous().get("/api/reports/kpis?" + week).status()).isEqualTo(401);
        var admin = Api.ofThisServer().get("/api/reports/kpis?" + week);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().getJsonNumber("received").longValue()).isEqualTo(7);
        assertThat(manager.post("/api/reports/rebuild", JsonValue.EMPTY_JSON_OBJECT).status()).as("administrators only").isEqualTo(403);
        assertThat(Api.ofThisServer().post("/api/reports/rebuild", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
    }

    /**
     * The figures are kept per case: a change written straight to the database (not through the
     * application) is marked by the database's triggers and counted on the next read.
     */
    @Test
    void aChangeToACaseCountsOnTheNextRead() {
        facts();
        var own = ReportFacts.create();
        String period = "from=2019-03-04&to=2019-03-10&frontOffice=" + own.frontOffice();
        var before = manager.get("/api/reports/kpis?" + period).json().getJsonObject("emailAndWeb");
        assertThat(before.getJsonNumber("answered").longValue()).isEqualTo(3);
        assertThat(casesOf(period, "unanswered", null, null)).containsExactly(own.number("C8"));

        // C8, the unanswered e-mail, gets its first response on Monday morning.
        ReportFacts.execute("UPDATE service_case SET first_response_at = ? WHERE case_number = ?",
                ReportFacts.utc("2019-03-11T08:30"), own.number("C8"));

        var after = manager.get("/api/reports/kpis?" + period).json();
        assertThat(after.getJsonObject("emailAndWeb").getJsonNumber("answered").longValue()).isEqualTo(4);
        assertThat(after.getJsonNumber("pendingCases").longValue()).isZero();
        assertThat(casesOf(period, "unanswered", null, null)).isEmpty();
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        facts();
        var noPeriod = manager.get("/api/reports/kpis");
        assertThat(noPeriod.status()).isEqualTo(400);
        assertThat(noPeriod.contentType()).startsWith("application/problem+json");
        assertThat(noPeriod.body()).contains("from", "to");
        assertThat(manager.get("/api/reports/kpis?from=2019-03-10&to=2019-03-01").status()).isEqualTo(400);
        var badChannel = manager.get("/api/reports/kpis?from=2019-03-01&to=2019-03-02&channel=FAX");
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.body()).contains("channel");
        assertThat(manager.get("/api/reports/kpis?from=2019-03-01&to=2019-03-02&group=" + set.frontOffice()).status())
                .as("a front office is no back-office group").isEqualTo(400);
        assertThat(manager.get("/api/reports/tables/nonsense?from=2019-03-01&to=2019-03-02").status()).isEqualTo(404);
    }

    @Test
    void aManagerGetsTheWeeklyReportOnceWithTheFiguresAsCsv() throws Exception {
        facts();
        String name = Application.newLoginUser(StaffRole.MANAGER);
        var api = Application.apiAs(name);
        var subscribed = api.put("/api/reports/subscription", jakarta.json.Json.createObjectBuilder()
                .add("language", "en").add("frontOffice", set.frontOffice()).build());
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
        String address = subscribed.json().getString("email");
        assertThat(address).isEqualTo(name + "@example.edu");

        WeeklyReports weekly = Application.lookup("java:global/ingang/ingang-ejb/WeeklyReports!" + WeeklyReports.class.getName());
        weekly.sendDue();

        await().atMost(Duration.ofSeconds(60)).until(() -> mails(address).size() == 1);
        var mail = mails(address).get(0);
        var period = ReportPeriod.named("last-week", Application.clock().localNow().toLocalDate());
        assertThat(mail.subject()).startsWith("Customer service weekly report").contains(period.from().toString());
        assertThat(mail.text()).contains("Cases received: 0", "Filters: " + set.frontOffice());
        assertThat(mail.attachmentName()).isEqualTo("kpis-" + period.from() + "-" + period.to() + ".csv");
        assertThat(mail.attachment()).startsWith("kpi;value\r\n").contains("\r\nreceived;0\r\n");
        // The same as the export (but for the last line break, which the text part of a mail does not keep).
        assertThat(mail.attachment().strip()).isEqualTo(manager.get("/api/reports/kpis.csv?from=" + period.from() + "&to="
                + period.to() + "&frontOffice=" + set.frontOffice(), "text/csv").body().strip());

        ReportSubscriptions subscriptions = Application.lookup("java:global/ingang/ingang-ejb/ReportSubscriptions!"
                + ReportSubscriptions.class.getName());
        var stored = subscriptions.of(name).orElseThrow();
        assertThat(stored.getLastPeriodStart()).isEqualTo(period.from());
        assertThat(weekly.send(stored.getId(), period)).as("the same week again").isFalse();
        assertThat(api.delete("/api/reports/subscription").status()).isEqualTo(204);
        assertThat(api.get("/api/reports/subscription").status()).isEqualTo(404);
    }

    // --- helpers ---

    private String n(String name) {
        return set.number(name);
    }

    private long received(String filter) {
        var response = manager.get("/api/reports/kpis?" + week + filter);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonNumber("received").longValue();
    }

    private List<String> cases(String kpi, String key, String bucket) {
        return casesOf(week, kpi, key, bucket);
    }

    private List<String> casesOf(String period, String kpi, String key, String bucket) {
        var response = manager.get("/api/reports/cases?kpi=" + kpi + "&" + period + (key == null ? "" : "&key=" + enc(key))
                + (bucket == null ? "" : "&bucket=" + enc(bucket)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var json = response.json();
        assertThat(json.getJsonNumber("total").longValue()).isEqualTo(json.getJsonArray("caseNumbers").size());
        return strings(json.getJsonArray("caseNumbers"));
    }

    private List<List<Object>> rows(String table) {
        var response = manager.get("/api/reports/tables/" + table + "?" + week);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var result = new ArrayList<List<Object>>();
        for (var row : response.json().getJsonArray("rows")) {
            var cells = new ArrayList<Object>();
            for (var cell : row.asJsonArray()) {
                cells.add(value(cell));
            }
            result.add(cells);
        }
        return result;
    }

    private static Object value(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.isIntegral() ? (Object) n.intValue() : (Object) n.doubleValue();
        }
        return v.getValueType() == JsonValue.ValueType.NULL ? null : v.toString();
    }

    private static Map<String, Object> numbers(JsonObject o) {
        var result = new LinkedHashMap<String, Object>();
        o.forEach((k, v) -> result.put(k, value(v)));
        return result;
    }

    private static Map<String, Object> map(Object... pairs) {
        var result = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            result.put((String) pairs[i], pairs[i + 1]);
        }
        return result;
    }

    private static void flatten(String prefix, JsonObject o, Map<String, String> into) {
        o.forEach((k, v) -> {
            if (v instanceof JsonObject nested) {
                flatten(prefix + k + ".", nested, into);
            } else if (v instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    into.put(prefix + k + "." + (i + 1), array.get(i).toString());
                }
            } else {
                into.put(prefix + k, v.getValueType() == JsonValue.ValueType.NULL ? ""
                        : v instanceof JsonString s ? s.getString() : v.toString());
            }
        });
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Mail(String subject, String text, String attachmentName, String attachment) {
    }

    private static List<Mail> mails(String address) throws Exception {
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect("127.0.0.1", Integer.getInteger("it.imap.port", 3143), address, address);
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            var result = new ArrayList<Mail>();
            for (var message : inbox.getMessages()) {
                String text = null;
                String name = null;
                String attachment = null;
                var parts = (Multipart) message.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    var part = parts.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                        name = part.getFileName();
                        attachment = read(part.getInputStream());
                    } else {
                        text = part.getContent().toString();
                    }
                }
                result.add(new Mail(message.getSubject(), text, name, attachment));
            }
            inbox.close(false);
            return result;
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of();
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
