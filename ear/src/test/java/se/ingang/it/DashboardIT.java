package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * The dashboard's first screen over the API: the at-a-glance tiles against the period before and
 * the same days a year before, coloured by the managers' targets; the cases breaching and at risk;
 * the oldest open cases; managers only. Each test makes its own facts (DashboardFacts: a front
 * office of its own, November 2018 and 2017), so no other test's data counts; the at-risk lists
 * are built around the application clock's now as the test reads it.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final String TILE_KEYS = "kpi value previous changeFromPrevious lastYear changeFromLastYear target status";

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(DashboardIT.class);
    }

    private static Api manager() {
        return Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));
    }

    @Test
    void tilesCompareThePeriodWithThePeriodBeforeAndAYearBeforeAgainstTheTargets() {
        var manager = manager();
        String fo;
        try (var facts = new DashboardFacts()) {
            fo = facts.frontOffice;
            // The week Mon 5 – Sun 11 November 2018: first responses 1, 2, 5 (late: due after 4 h) and 3 h.
            facts.kase("EMAIL", "2018-11-05T09:00", 1, true, true, false);
            facts.kase("WEB", "2018-11-05T10:00", 2, true, true, false);
            facts.kase("EMAIL", "2018-11-06T09:00", 5, true, false, true);
            facts.kase("EMAIL", "2018-11-06T10:00", 3, true, false, true);
            facts.kase("PHONE", "2018-11-07T09:00", 0, false, false, false); // open: the backlog now
            facts.call("2018-11-07T09:00", true);
            facts.call("2018-11-07T09:10", true);
            facts.call("2018-11-07T09:20", true);
            facts.call("2018-11-08T10:00", false);
            // The week before (29 Oct – 4 Nov): 1 h in target at first contact; 6 h late after routing; 1 of 2 calls.
            facts.kase("EMAIL", "2018-10-29T09:00", 1, true, true, false);
            facts.kase("EMAIL", "2018-10-29T10:00", 6, true, false, true);
            facts.call("2018-10-30T09:00", true);
            facts.call("2018-10-30T09:05", false);
            // A year before (5 – 11 November 2017): one web case answered at its due time, at first contact; no calls.
            facts.kase("WEB", "2017-11-06T09:00", 4, true, true, false);
            // Outside all three periods: never counted.
            facts.kase("EMAIL", "2018-11-12T09:00", 6, true, false, false);
        }
        assertThat(manager.put("/api/reports/targets/phone.answerRate", target(0.8)).status()).isEqualTo(200);
        assertThat(manager.put("/api/reports/targets/emailAndWeb.answeredInTargetShare", target(0.75)).status()).isEqualTo(200);
        assertThat(manager.put("/api/reports/targets/firstResponse.medianBusinessSeconds", target(3600)).status()).isEqualTo(200);
        assertThat(manager.put("/api/reports/targets/backlog", target(5)).status()).isEqualTo(200);
        assertThat(manager.put("/api/reports/targets/satisfaction.average", target(4)).status()).isEqualTo(200);
        manager.delete("/api/reports/targets/firstContactResolution.share");

        var response = manager.get("/api/reports/glance?from=2018-11-05&to=2018-11-11&frontOffice=" + fo);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var glance = response.json();
        assertThat(glance.getJsonObject("previous").toString()).isEqualTo("{\"from\":\"2018-10-29\",\"to\":\"2018-11-04\"}");
        assertThat(glance.getJsonObject("lastYear").toString()).isEqualTo("{\"from\":\"2017-11-05\",\"to\":\"2017-11-11\"}");
        var tiles = tiles(glance);
        assertThat(tiles.keySet()).containsExactly("phone.answerRate", "emailAndWeb.answeredInTargetShare",
                "firstContactResolution.share", "firstResponse.medianBusinessSeconds", "backlog", "satisfaction.average");
        // kpi, value, previous, change, a year before, change, target, status
        assertThat(tiles.get("phone.answerRate")).containsExactly("phone.answerRate", "0.75", "0.5", "0.25", null, null,
                "0.8", "MISSED");
        assertThat(tiles.get("emailAndWeb.answeredInTargetShare")).containsExactly("emailAndWeb.answeredInTargetShare",
                "0.75", "0.5", "0.25", "1.0", "-0.25", "0.75", "MET");
        assertThat(tiles.get("firstContactResolution.share")).containsExactly("firstContactResolution.share", "0.5", "0.5",
                "0.0", "1.0", "-0.5", null, "NO_TARGET");
        // Median by nearest rank: the 2nd of 1, 2, 3, 5 h; the 1st of 1, 6 h; the one 4 h. Lower is better.
        assertThat(tiles.get("firstResponse.medianBusinessSeconds")).containsExactly("firstResponse.medianBusinessSeconds",
                "7200.0", "3600.0", "3600.0", "14400.0", "-7200.0", "3600.0", "MISSED");
        assertThat(tiles.get("backlog")).as("open now: no period before to compare with")
                .containsExactly("backlog", "1.0", null, null, null, null, "5.0", "MET");
        assertThat(tiles.get("satisfaction.average")).containsExactly("satisfaction.average", null, null, null, null, null,
                "4.0", "NO_VALUE");

        // The tiles are the headline figures, not worked out again.
        var kpis = manager.get("/api/reports/kpis?from=2018-11-05&to=2018-11-11&frontOffice=" + fo).json();
        assertThat(kpis.getJsonObject("phone").getJsonNumber("answerRate").doubleValue()).isEqualTo(0.75);
        assertThat(kpis.getJsonObject("firstResponse").getJsonNumber("medianBusinessSeconds").longValue()).isEqualTo(7200);
    }

    @Test
    void targetsAreStoredAndNonsenseIsRefusedWithAClearError() {
        var manager = manager();
        var set = manager.put("/api/reports/targets/firstContactResolution.share", target(0.7));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().getJsonNumber("target").doubleValue()).isEqualTo(0.7);
        var all = jsonArray(manager.get("/api/reports/targets").body()).toString();
        assertThat(all).contains("{\"higherIsBetter\":true,\"kpi\":\"firstContactResolution.share\",\"max\":1.0,\"min\":0.0,"
                + "\"target\":0.7,\"unit\":\"SHARE\"}");

        var tooHigh = manager.put("/api/reports/targets/firstContactResolution.share", target(1.5));
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.body()).contains("from 0 to 1 for firstContactResolution.share");
        var half = manager.put("/api/reports/targets/backlog", target(2.5));
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.body()).contains("a whole number of cases");
        var score = manager.put("/api/reports/targets/satisfaction.average", target(0));
        assertThat(score.status()).isEqualTo(400);
        assertThat(score.body()).contains("from 1 to 5");
        var none = manager.put("/api/reports/targets/backlog", Json.createObjectBuilder().addNull("target").build());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("a number from 0");
        var text = manager.send("PUT", "/api/reports/targets/backlog", "application/json", "{\"target\":\"<script>\"}");
        assertThat(text.status()).isEqualTo(400);
        var unknown = manager.put("/api/reports/targets/received", target(3));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("one of phone.answerRate");
        assertThat(jsonArray(manager.get("/api/reports/targets").body()).toString()).as("nothing refused was stored")
                .contains("\"kpi\":\"firstContactResolution.share\",\"max\":1.0,\"min\":0.0,\"target\":0.7");

        assertThat(manager.delete("/api/reports/targets/firstContactResolution.share").status()).isEqualTo(204);
        assertThat(manager.delete("/api/reports/targets/firstContactResolution.share").status()).isEqualTo(404);
    }

    @Test
    void casesBreachingNowAndAtRiskAndTheOldestOpenOnesAreListedByName() {
        var manager = manager();
        Instant now = Application.clock().now();
        String fo;
        String group;
        String groupName;
        String foName;
        String a1;
        String a2;
        try (var facts = new DashboardFacts()) {
            fo = facts.frontOffice;
            group = facts.group;
            foName = facts.frontOfficeName;
            groupName = facts.groupName;
            long c1 = facts.kase("PHONE", now.minus(Duration.ofDays(3)), 0, false, false, false);
            facts.deadline(c1, "FIRST_RESPONSE", null, now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(1)), null, null, null);
            facts.deadline(c1, "RESOLUTION", null, now.minus(Duration.ofDays(3)), now.plus(Duration.ofHours(2)), null, null, null);
            long c2 = facts.kase("PHONE", now.minus(Duration.ofDays(1)), 0, false, false, true);
            facts.deadline(c2, "HANDLING", group, now.minus(Duration.ofDays(1)), now.plus(Duration.ofHours(10)), null, null, null);
            // Paused (waiting for the customer) and met targets are never at risk.
            facts.deadline(c2, "FIRST_RESPONSE", null, now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(5)), null, null,
                    now.minus(Duration.ofHours(20)));
            facts.deadline(c2, "RESOLUTION", null, now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(2)),
                    now.minus(Duration.ofHours(3)), null, null);
            // A resolved case's forgotten running target is not work for anyone.
            long c3 = facts.kase("PHONE", now.minus(Duration.ofDays(4)), 1, true, true, false);
            facts.deadline(c3, "RESOLUTION", null, now.minus(Duration.ofDays(4)), now.minus(Duration.ofHours(1)), null, null, null);
            a1 = facts.number(c1);
            a2 = facts.number(c2);
        }

        var four = manager.get("/api/reports/at-risk?hours=4&frontOffice=" + fo);
        assertThat(four.status()).as(four.toString()).isEqualTo(200);
        var json = four.json();
        assertThat(json.getInt("hours")).isEqualTo(4);
        assertThat(due(json.getJsonObject("breaching"))).containsExactly(a1 + " FIRST_RESPONSE " + foName);
        assertThat(json.getJsonObject("breaching").getInt("total")).isEqualTo(1);
        assertThat(due(json.getJsonObject("atRisk"))).containsExactly(a1 + " RESOLUTION " + foName);

        var twelve = manager.get("/api/reports/at-risk?hours=12&frontOffice=" + fo).json();
        assertThat(due(twelve.getJsonObject("atRisk"))).as("nearest due first")
                .containsExactly(a1 + " RESOLUTION " + foName, a2 + " HANDLING " + groupName);
        assertThat(twelve.getJsonObject("atRisk").getInt("total")).isEqualTo(2);
        var inGroup = manager.get("/api/reports/at-risk?hours=12&group=" + group).json();
        assertThat(due(inGroup.getJsonObject("breaching"))).isEmpty();
        assertThat(due(inGroup.getJsonObject("atRisk"))).containsExactly(a2 + " HANDLING " + groupName);

        for (String bad : List.of("0", "73", "soon", "-1")) {
            var refused = manager.get("/api/reports/at-risk?hours=" + bad + "&frontOffice=" + fo);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("hours");
        }

        var oldest = manager.get("/api/reports/oldest?frontOffice=" + fo);
        assertThat(oldest.status()).as(oldest.toString()).isEqualTo(200);
        var open = jsonArray(oldest.body());
        assertThat(open.stream().map(o -> o.asJsonObject().getString("number") + " "
                + o.asJsonObject().getString("queueName")).toList())
                .containsExactly(a1 + " " + foName, a2 + " " + groupName);
        assertThat(jsonArray(manager.get("/api/reports/oldest?limit=1&frontOffice=" + fo).body())).hasSize(1);
        assertThat(manager.get("/api/reports/oldest?limit=0&frontOffice=" + fo).status()).isEqualTo(400);
        assertThat(manager.get("/api/reports/oldest?limit=101&frontOffice=" + fo).status()).isEqualTo(400);
    }

    @Test
    void aDrillDownIsATableOfCasesSortedPagedAndExportedWithItsColumnsAndTheExportIsAudited() {
        String managerName = Application.newLoginUser(StaffRole.MANAGER);
        var manager = Application.apiAs(managerName);
        String owner = Application.newStaffMember(StaffRole.HANDLER);
        String fo;
        String foName;
        String groupName;
        String[] n = new String[4];
        try (var facts = new DashboardFacts()) {
            fo = facts.frontOffice;
            foName = facts.frontOfficeName;
            groupName = facts.groupName;
            long d1 = facts.kase("EMAIL", "2018-11-19T09:00", 1, true, true, false);
            long d2 = facts.kase("WEB", "2018-11-19T11:00", 6, true, false, true);
            long d3 = facts.kase("PHONE", "2018-11-20T09:00", 0, false, false, false);
            long d4 = facts.kase("EMAIL", "2018-11-21T09:00", 2, true, true, false);
            facts.update(d1, "subject", "Bostad; \"akut\"");
            facts.update(d2, "subject", "=HYPERLINK(\"http://evil.example\")");
            facts.update(d2, "assignee", owner);
            facts.update(d4, "subject", "Antagning");
            n[0] = facts.number(d1);
            n[1] = facts.number(d2);
            n[2] = facts.number(d3);
            n[3] = facts.number(d4);
        }
        String q = "kpi=received&from=2018-11-19&to=2018-11-25&frontOffice=" + fo;

        var first = manager.get("/api/reports/drilldown?" + q + "&sort=received&dir=desc&page=1&size=3");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        var page1 = first.json();
        assertThat(page1.getInt("total")).isEqualTo(4);
        assertThat(page1.getInt("pages")).isEqualTo(2);
        assertThat(numbersOf(page1)).containsExactly(n[3], n[2], n[1]);
        var row = page1.getJsonArray("rows").getJsonObject(2);
        assertThat(row.getString("subject")).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(row.getString("channel")).isEqualTo("WEB");
        assertThat(row.getString("groupName")).isEqualTo(groupName);
        assertThat(row.getString("sla")).as("answered after 6 h, due in 4").isEqualTo("BREACHED");
        assertThat(row.getString("owner")).as("the owner's name, not the user name").isEqualTo("Test " + owner);
        assertThat(page1.getJsonArray("rows").getJsonObject(1).getString("sla")).as("no target").isEqualTo("NONE");
        var page2 = manager.get("/api/reports/drilldown?" + q + "&sort=received&dir=desc&page=2&size=3").json();
        assertThat(numbersOf(page2)).containsExactly(n[0]);
        assertThat(page2.getJsonArray("rows").getJsonObject(0).getString("sla")).isEqualTo("KEPT");
        assertThat(page2.getJsonArray("rows").getJsonObject(0).getString("groupName")).isEqualTo(foName);
        assertThat(numbersOf(manager.get("/api/reports/drilldown?" + q + "&sort=subject").json()))
                .as("subjects in order, case-insensitively").containsExactly(n[1], n[3], n[0], n[2]);
        assertThat(numbersOf(manager.get("/api/reports/drilldown?" + q + "&sort=owner&dir=desc&size=1").json()))
                .containsExactly(n[1]);
        assertThat(numbersOf(manager.get("/api/reports/drilldown?" + q.replace("kpi=received", "kpi=answeredInTarget")).json()))
                .as("the same cases as the figure").containsExactly(n[0], n[3]);

        for (String bad : List.of("&sort=nonsense", "&dir=sideways", "&page=0", "&size=0", "&size=101", "&page=x")) {
            var refused = manager.get("/api/reports/drilldown?" + q + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
        }

        var csv = manager.get("/api/reports/drilldown.csv?" + q, "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        var lines = csv.body().split("\r\n");
        assertThat(lines).containsExactly(
                "caseNumber;subject;channel;group;received;firstResponse;resolved;sla;owner",
                n[0] + ";\"Bostad; \"\"akut\"\"\";EMAIL;" + foName + ";2018-11-19 09:00;2018-11-19 10:00;2018-11-19 10:00;KEPT;",
                n[1] + ";\"'=HYPERLINK(\"\"http://evil.example\"\")\";WEB;" + groupName
                        + ";2018-11-19 11:00;2018-11-19 17:00;2018-11-19 17:00;BREACHED;Test " + owner,
                n[2] + ";Översikt 2018-11-20T08:00:00Z;PHONE;" + foName + ";2018-11-20 09:00;;;NONE;",
                n[3] + ";Antagning;EMAIL;" + foName + ";2018-11-21 09:00;2018-11-21 11:00;2018-11-21 11:00;KEPT;");
        var trail = Api.ofThisServer().get("/api/audit?size=50&entity=REPORT&actor=" + managerName);
        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
        var entries = trail.json().getJsonArray("items");
        assertThat(entries).hasSize(1);
        assertThat(entries.getJsonObject(0).toString()).contains("EXPORTED", "cases-received 2018-11-19..2018-11-25", "\"4\"");
    }

    @Test
    void frontOfficesAndGroupsAreComparedByTheHeadlineFiguresRules() {
        var manager = manager();
        String fo;
        String group;
        String foName;
        String groupName;
        try (var facts = new DashboardFacts()) {
            fo = facts.frontOffice;
            group = facts.group;
            foName = facts.frontOfficeName;
            groupName = facts.groupName;
            facts.kase("EMAIL", "2018-11-26T09:00", 1, true, true, false);
            long routed = facts.kase("EMAIL", "2018-11-26T10:00", 6, true, false, true);
            facts.deadline(routed, "HANDLING", group, ReportFacts.local("2018-11-26T10:30"), ReportFacts.local("2018-11-27T10:30"),
                    ReportFacts.local("2018-11-26T16:00"), null, null);
            facts.kase("PHONE", "2018-11-27T09:00", 0, false, false, true); // open, in the group's queue now
        }
        String week = "from=2018-11-26&to=2018-12-02";
        var response = manager.get("/api/reports/comparison?" + week);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var rows = new LinkedHashMap<String, String>();
        for (var value : response.json().getJsonArray("rows")) {
            var row = value.asJsonObject();
            if (row.getString("queue").equals(fo) || row.getString("queue").equals(group)) {
                rows.put(row.getString("queue"), row.toString());
            }
        }
        // kind, name, received, in target, first-contact resolution, median first response, SLA compliance, open now
        assertThat(rows.get(fo)).isEqualTo("{\"answeredInTargetShare\":0.5,\"backlog\":1,\"firstContactResolutionShare\":0.5,"
                + "\"kind\":\"FRONT_OFFICE\",\"medianFirstResponseBusinessSeconds\":3600,\"name\":\"" + foName
                + "\",\"queue\":\"" + fo + "\",\"received\":3,\"slaCompliance\":0.5}");
        assertThat(rows.get(group)).isEqualTo("{\"answeredInTargetShare\":0.0,\"backlog\":1,\"firstContactResolutionShare\":0.0,"
                + "\"kind\":\"GROUP\",\"medianFirstResponseBusinessSeconds\":21600,\"name\":\"" + groupName
                + "\",\"queue\":\"" + group + "\",\"received\":1,\"slaCompliance\":0.0}");
        // The same as the headline figures with the front-office (group) filter.
        var headline = manager.get("/api/reports/kpis?" + week + "&frontOffice=" + fo).json();
        assertThat(headline.getJsonNumber("received").longValue()).isEqualTo(3);
        assertThat(headline.getJsonNumber("backlog").longValue()).isEqualTo(1);
        assertThat(manager.get("/api/reports/kpis?" + week + "&group=" + group).json().getJsonNumber("received").longValue())
                .isEqualTo(1);
    }

    @Test
    void trendsCountTheCohortPerDayWeekOrMonthByChannelAndTargetsKeptAndBreached() {
        var manager = manager();
        String fo;
        try (var facts = new DashboardFacts()) {
            fo = facts.frontOffice;
            // Week 49 of 2018 (Mon 3 – Sun 9 December): Monday two e-mails (one late), Tuesday a web case and a call.
            facts.kase("EMAIL", "2018-12-03T09:00", 1, true, true, false);
            facts.kase("EMAIL", "2018-12-03T10:00", 5, true, false, false);
            facts.kase("WEB", "2018-12-04T09:00", 2, true, true, false);
            facts.kase("PHONE", "2018-12-04T10:00", 0, false, false, false);
            // Week 48: one web case on Friday the 30th, in target.
            facts.kase("WEB", "2018-11-30T09:00", 1, true, true, false);
        }
        var days = manager.get("/api/reports/trend?from=2018-12-03&to=2018-12-09&frontOffice=" + fo);
        assertThat(days.status()).as(days.toString()).isEqualTo(200);
        var byDay = days.json();
        assertThat(byDay.getString("grain")).as("a week: per day by default").isEqualTo("DAY");
        assertThat(buckets(byDay)).containsExactly(
                "2018-12-03 EMAIL=2 PHONE=0 VISIT=0 WEB=0 total=2 kept=1 breached=1",
                "2018-12-04 EMAIL=0 PHONE=1 VISIT=0 WEB=1 total=2 kept=1 breached=0",
                "2018-12-05 EMAIL=0 PHONE=0 VISIT=0 WEB=0 total=0 kept=0 breached=0",
                "2018-12-06 EMAIL=0 PHONE=0 VISIT=0 WEB=0 total=0 kept=0 breached=0",
                "2018-12-07 EMAIL=0 PHONE=0 VISIT=0 WEB=0 total=0 kept=0 breached=0",
                "2018-12-08 EMAIL=0 PHONE=0 VISIT=0 WEB=0 total=0 kept=0 breached=0",
                "2018-12-09 EMAIL=0 PHONE=0 VISIT=0 WEB=0 total=0 kept=0 breached=0");
        var weeks = manager.get("/api/reports/trend?grain=week&from=2018-11-26&to=2018-12-09&frontOffice=" + fo).json();
        assertThat(buckets(weeks)).containsExactly(
                "2018-11-26 EMAIL=0 PHONE=0 VISIT=0 WEB=1 total=1 kept=1 breached=0",
                "2018-12-03 EMAIL=2 PHONE=1 VISIT=0 WEB=1 total=4 kept=2 breached=1");
        var months = manager.get("/api/reports/trend?grain=month&from=2018-11-15&to=2018-12-09&frontOffice=" + fo).json();
        assertThat(buckets(months)).as("the month buckets start on the 1st, counting only the period's days").containsExactly(
                "2018-11-01 EMAIL=0 PHONE=0 VISIT=0 WEB=1 total=1 kept=1 breached=0",
                "2018-12-01 EMAIL=2 PHONE=1 VISIT=0 WEB=1 total=4 kept=2 breached=1");
        // The SLA counts are the headline figure's.
        var sla = manager.get("/api/reports/kpis?from=2018-11-26&to=2018-12-09&frontOffice=" + fo).json().getJsonObject("sla");
        assertThat(sla.getJsonNumber("kept").longValue()).isEqualTo(3);
        assertThat(sla.getJsonNumber("breached").longValue()).isEqualTo(1);
        var refused = manager.get("/api/reports/trend?grain=hour&from=2018-12-03&to=2018-12-09&frontOffice=" + fo);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("day, week or month");
    }

    private static List<String> buckets(JsonObject trend) {
        return trend.getJsonArray("buckets").stream().map(JsonValue::asJsonObject).map(b -> {
            var cases = b.getJsonObject("cases");
            return b.getString("start") + " EMAIL=" + cases.getInt("EMAIL") + " PHONE=" + cases.getInt("PHONE") + " VISIT="
                    + cases.getInt("VISIT") + " WEB=" + cases.getInt("WEB") + " total=" + b.getInt("total") + " kept="
                    + b.getInt("slaKept") + " breached=" + b.getInt("slaBreached");
        }).toList();
    }

    @Test
    void agentsAndHandlersAreRefusedEveryNewEndpoint() {
        String fo;
        String group;
        try (var facts = new DashboardFacts()) {
            fo = facts.frontOffice;
            group = facts.group;
        }
        var agent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, fo));
        var handler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, group));
        for (var outsider : List.of(agent, handler)) {
            assertThat(outsider.get("/api/reports/glance?period=week").status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/targets").status()).isEqualTo(403);
            assertThat(outsider.put("/api/reports/targets/backlog", target(1)).status()).isEqualTo(403);
            assertThat(outsider.delete("/api/reports/targets/backlog").status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/at-risk?frontOffice=" + fo).status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/oldest?frontOffice=" + fo).status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/comparison?period=week").status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/trend?period=week").status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/drilldown?kpi=received&frontOffice=" + fo).status()).isEqualTo(403);
            assertThat(outsider.get("/api/reports/drilldown.csv?kpi=received&frontOffice=" + fo, "text/csv").status())
                    .isEqualTo(403);
        }
        assertThat(Api.anonymous().get("/api/reports/glance?period=week").status()).isEqualTo(401);
        assertThat(Api.ofThisServer().get("/api/reports/glance?period=week").status()).as("administrators read everything")
                .isEqualTo(200);
    }

    private static List<String> numbersOf(JsonObject page) {
        return page.getJsonArray("rows").stream().map(r -> r.asJsonObject().getString("number")).toList();
    }

    private static JsonObject target(double value) {
        return Json.createObjectBuilder().add("target", value).build();
    }

    /** Each tile as its values in the order of TILE_KEYS, numbers and strings as text, null as null. */
    private static Map<String, List<String>> tiles(JsonObject glance) {
        var tiles = new LinkedHashMap<String, List<String>>();
        for (var value : glance.getJsonArray("tiles")) {
            var tile = value.asJsonObject();
            var values = new java.util.ArrayList<String>();
            for (String key : TILE_KEYS.split(" ")) {
                var v = tile.get(key);
                values.add(v == null || v.getValueType() == JsonValue.ValueType.NULL ? null
                        : v.getValueType() == JsonValue.ValueType.STRING ? tile.getString(key)
                        : String.valueOf(tile.getJsonNumber(key).doubleValue()));
            }
            tiles.put(tile.getString("kpi"), values);
        }
        return tiles;
    }

    private static List<String> due(JsonObject list) {
        return list.getJsonArray("cases").stream().map(JsonValue::asJsonObject)
                .map(c -> c.getString("number") + " " + c.getString("kind") + " " + c.getString("queueName")).toList();
    }

    private static jakarta.json.JsonArray jsonArray(String body) {
        try (var reader = Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray();
        }
    }
}
