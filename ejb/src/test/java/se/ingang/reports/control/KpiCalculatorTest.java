package se.ingang.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.cases.entity.CaseEvent;
import se.ingang.cases.entity.CaseStatus;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.reports.control.Facts.CallFact;
import se.ingang.reports.control.Facts.CallbackFact;
import se.ingang.reports.control.Facts.CaseFact;
import se.ingang.reports.control.Facts.DeadlineFact;
import se.ingang.reports.control.Facts.EventFact;
import se.ingang.reports.control.Facts.OpenCase;
import se.ingang.reports.control.Facts.Outcome;
import se.ingang.reports.control.Facts.SurveyFact;
import se.ingang.sla.entity.DeadlineKind;

class KpiCalculatorTest {

    /** Mon–Fri 08–17 in Stockholm with Swedish holidays, like the "standard" calendar. */
    static final BusinessTime STANDARD;

    static {
        var hours = new EnumMap<DayOfWeek, BusinessTime.Hours>(DayOfWeek.class);
        for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, new BusinessTime.Hours(LocalTime.of(8, 0), LocalTime.of(17, 0)));
        }
        STANDARD = new BusinessTime(ReportPeriod.ZONE, hours, Set.of());
    }

    static final ReportPeriod MARCH = new ReportPeriod(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
    static final Instant NOW = at("2019-04-01T12:00");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ReportPeriod.ZONE).toInstant();
    }

    static CaseFact fact(String number, Channel channel, String received, String firstResponse, String resolved,
                         boolean fcr, List<DeadlineFact> deadlines, List<EventFact> events) {
        return new CaseFact(number.hashCode(), number, channel, CaseType.SUPPORT, CustomerGroup.STUDENT, "exams", "fo-study",
                "fo-study", resolved == null ? CaseStatus.NEW : CaseStatus.RESOLVED, at(received),
                firstResponse == null ? null : at(firstResponse), resolved == null ? null : at(resolved), fcr,
                fcr ? 0 : 1, deadlines, events);
    }

    static DeadlineFact deadline(DeadlineKind kind, String queue, String started, String due, String met) {
        return new DeadlineFact(kind, queue, at(started), at(due), null, met == null ? null : at(met), null, null);
    }

    /** The calculator with the facts it was given, so a drill-down can go through them as Reports does through the table. */
    record Computed(KpiCalculator calculator, List<CaseFact> facts, List<SurveyFact> surveys) {

        Kpis kpis() {
            return calculator.kpis();
        }

        ReportTable table(String name) {
            return calculator.table(name);
        }

        List<String> cases(String kpi, String key, String bucket) {
            if ("satisfaction".equals(kpi)) {
                return surveys.stream().filter(s -> key == null || String.valueOf(s.score()).equals(key))
                        .map(SurveyFact::caseNumber).sorted().toList();
            }
            var which = KpiCalculator.cohort(MARCH, kpi, key);
            if (which.isEmpty()) {
                return calculator.cases(kpi, key, bucket);
            }
            return facts.stream().map(f -> CaseFigures.of(f, NOW, q -> STANDARD)).filter(which.get())
                    .map(CaseFigures::number).sorted().toList();
        }
    }

    static Computed computed(List<CaseFact> cases, List<OpenCase> backlog, List<SurveyFact> surveys, List<CallFact> calls,
                             List<CallbackFact> callbacks) {
        return new Computed(KpiCalculator.of(MARCH, NOW, cases, backlog, surveys, calls, callbacks, q -> STANDARD), cases,
                surveys);
    }

    static Computed calculator(List<CaseFact> cases) {
        return computed(cases, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void medianAndP90AreNearestRank() {
        assertThat(percentile(List.of(5L, 1L, 3L), 50)).isEqualTo(3L);
        assertThat(percentile(List.of(4L, 1L, 3L, 2L), 50)).as("even count: the lower middle value").isEqualTo(2L);
        var ten = new ArrayList<Long>();
        for (long i = 10; i >= 1; i--) {
            ten.add(i);
        }
        assertThat(percentile(ten, 90)).isEqualTo(9L);
        ten.add(11L);
        assertThat(percentile(ten, 90)).as("rank ceil(0.9 × 11) = 10").isEqualTo(10L);
        assertThat(percentile(List.of(7L), 90)).isEqualTo(7L);
        assertThat(percentile(List.of(), 50)).isNull();
        assertThat(Percentiles.share(1, 3)).isEqualTo(0.3333);
        assertThat(Percentiles.share(0, 0)).isNull();
    }

    private static Long percentile(List<Long> values, int p) {
        var v = new Percentiles.Values();
        values.forEach(v::add);
        return v.percentile(p);
    }

    @Test
    void aResponseOverTheWeekendCountsOnlyOpeningHours() {
        // Friday 16:00 → Monday 09:00: one hour on Friday, one on Monday; 65 hours on the clock.
        var c = fact("2019-000001", Channel.EMAIL, "2019-03-01T16:00", "2019-03-04T09:00", null, false, List.of(), List.of());

        var kpis = calculator(List.of(c)).kpis();

        assertThat(kpis.firstResponse().medianBusinessSeconds()).isEqualTo(2 * 3600L);
        assertThat(kpis.firstResponse().medianSeconds()).isEqualTo(65 * 3600L);
        assertThat(kpis.resolution().count()).isZero();
        assertThat(kpis.resolution().medianBusinessSeconds()).isNull();
    }

    @Test
    void emailAndWebAreAnsweredAtAllAndInTarget() {
        var inTarget = fact("2019-000001", Channel.EMAIL, "2019-03-04T09:00", "2019-03-04T10:00", null, false,
                List.of(deadline(DeadlineKind.FIRST_RESPONSE, null, "2019-03-04T09:00", "2019-03-04T17:00", "2019-03-04T10:00")), List.of());
        var late = fact("2019-000002", Channel.WEB, "2019-03-04T09:00", "2019-03-05T10:00", null, false,
                List.of(deadline(DeadlineKind.FIRST_RESPONSE, null, "2019-03-04T09:00", "2019-03-04T17:00", "2019-03-05T10:00")), List.of());
        var unanswered = fact("2019-000003", Channel.EMAIL, "2019-03-04T09:00", null, null, false, List.of(), List.of());
        var phone = fact("2019-000004", Channel.PHONE, "2019-03-04T09:00", "2019-03-04T09:00", null, false, List.of(), List.of());

        var calculator = calculator(List.of(inTarget, late, unanswered, phone));
        var web = calculator.kpis().emailAndWeb();

        assertThat(web.received()).isEqualTo(3);
        assertThat(web.answered()).isEqualTo(2);
        assertThat(web.answeredShare()).isEqualTo(0.6667);
        assertThat(web.answeredInTarget()).isEqualTo(1);
        assertThat(calculator.cases("unanswered", null, null)).containsExactly("2019-000003");
        assertThat(calculator.cases("answeredInTarget", null, null)).containsExactly("2019-000001");
        assertThat(calculator.cases("slaBreached", "FIRST_RESPONSE", null)).containsExactly("2019-000002");
    }

    @Test
    void aPausedDeadlineIsOpenNotBreachedAndAMetOneIsJudgedByItsStoredDueTime() {
        var paused = new DeadlineFact(DeadlineKind.RESOLUTION, null, at("2019-03-04T09:00"), at("2019-03-05T09:00"),
                at("2019-03-04T10:00"), null, null, null);
        assertThat(paused.outcome(NOW)).isEqualTo(Outcome.OPEN);
        var running = new DeadlineFact(DeadlineKind.RESOLUTION, null, at("2019-03-04T09:00"), at("2019-03-05T09:00"),
                null, null, null, null);
        assertThat(running.outcome(NOW)).as("running past its due time").isEqualTo(Outcome.BREACHED);
        var breachedThenMet = new DeadlineFact(DeadlineKind.RESOLUTION, null, at("2019-03-04T09:00"), at("2019-03-05T09:00"),
                null, at("2019-03-05T08:00"), null, at("2019-03-05T07:00"));
        assertThat(breachedThenMet.outcome(NOW)).as("a recorded breach stays").isEqualTo(Outcome.BREACHED);
        var cancelled = new DeadlineFact(DeadlineKind.HANDLING, "finance", at("2019-03-04T09:00"), at("2019-03-05T09:00"),
                null, null, at("2019-03-04T12:00"), null);
        assertThat(cancelled.outcome(NOW)).isEqualTo(Outcome.CANCELLED);
    }

    @Test
    void complianceCountsKeptOverJudgedAndPromisesSeparately() {
        var c = fact("2019-000001", Channel.EMAIL, "2019-03-04T09:00", "2019-03-04T10:00", "2019-03-06T10:00", false, List.of(
                deadline(DeadlineKind.FIRST_RESPONSE, null, "2019-03-04T09:00", "2019-03-04T17:00", "2019-03-04T10:00"),
                deadline(DeadlineKind.RESOLUTION, null, "2019-03-04T09:00", "2019-03-05T17:00", "2019-03-06T10:00"),
                deadline(DeadlineKind.FOLLOW_UP, null, "2019-03-04T10:00", "2019-03-05T12:00", "2019-03-05T11:00")), List.of());

        var kpis = calculator(List.of(c)).kpis();

        assertThat(kpis.sla()).isEqualTo(new Kpis.Compliance(1, 1, 0, 0.5));
        assertThat(kpis.promises()).isEqualTo(new Kpis.Compliance(1, 0, 0, 1.0));
    }

    @Test
    void legsExcludeTheTimeWaitingForTheCustomerWhichIsItsOwnRow() {
        // Triage Mon 09–10; finance has it from Mon 10 until Tue 12, and waits for the customer Mon 12 → Tue 09.
        var c = fact("2019-000001", Channel.EMAIL, "2019-03-04T09:00", "2019-03-04T12:00", "2019-03-05T12:00", false, List.of(
                deadline(DeadlineKind.TRIAGE, "fo-study", "2019-03-04T09:00", "2019-03-04T13:00", "2019-03-04T10:00"),
                deadline(DeadlineKind.HANDLING, "finance", "2019-03-04T10:00", "2019-03-06T10:00", "2019-03-05T12:00")),
                List.of(new EventFact(CaseEvent.WAITING_FOR_CUSTOMER, at("2019-03-04T12:00")),
                        new EventFact(CaseEvent.RESUMED, at("2019-03-05T09:00")),
                        new EventFact(CaseEvent.RESOLVED, at("2019-03-05T12:00"))));

        var legs = calculator(List.of(c)).table("legs");

        assertThat(legs.rows()).containsExactly(
                List.of("fo-study", "TRIAGE", 1L, 1L, 3600L, 3600L, 3600L, 3600L),
                // Mon 10–12 + Tue 09–12 = 5 business hours (11 minus 6 waiting); on the clock 26 h minus 21 h waiting.
                List.of("finance", "HANDLING", 1L, 1L, 5 * 3600L, 5 * 3600L, 5 * 3600L, 5 * 3600L),
                // Mon 12–17 + Tue 08–09 = 6 business hours, 21 hours on the clock.
                List.of(KpiCalculator.WAITING, KpiCalculator.WAITING, 1L, 1L, 6 * 3600L, 6 * 3600L, 6 * 3600L, 21 * 3600L));
    }

    @Test
    void bouncesCountTransfersAndReturnsOverRoutedCases() {
        var bounced = fact("2019-000001", Channel.EMAIL, "2019-03-04T09:00", null, null, false, List.of(),
                List.of(new EventFact(CaseEvent.TRANSFERRED, at("2019-03-04T11:00")),
                        new EventFact(CaseEvent.RETURNED_TO_FRONT_OFFICE, at("2019-03-04T12:00"))));
        var routedOnce = fact("2019-000002", Channel.EMAIL, "2019-03-04T09:00", null, null, false, List.of(), List.of());
        var firstContact = fact("2019-000003", Channel.EMAIL, "2019-03-04T09:00", "2019-03-04T09:10", "2019-03-04T09:10", true,
                List.of(), List.of());

        var calculator = calculator(List.of(bounced, routedOnce, firstContact));
        var kpis = calculator.kpis();

        assertThat(kpis.bounces()).isEqualTo(new Kpis.Bounces(2, 1, 1, 1, 0.5));
        assertThat(kpis.firstContactResolution()).isEqualTo(new Kpis.FirstContact(1, 1, 1.0));
        assertThat(calculator.cases("bounced", null, null)).containsExactly("2019-000001");
        assertThat(calculator.cases("fcr", null, null)).containsExactly("2019-000003");
    }

    @Test
    void backlogAgesInBusinessDaysAfterTheDayOfReceipt() {
        // Now is Monday 1 April 2019.
        var calculator = computed(List.of(), List.of(
                new OpenCase("2019-000001", "finance", at("2019-04-01T08:30")),   // 0
                new OpenCase("2019-000002", "finance", at("2019-03-29T16:00")),   // Friday: 1
                new OpenCase("2019-000003", "finance", at("2019-03-28T16:00")),   // Thursday: 2
                new OpenCase("2019-000004", "finance", at("2019-03-18T10:00")),   // 10
                new OpenCase("2019-000005", "finance", at("2019-03-15T10:00"))),  // 11
                List.of(), List.of(), List.of());

        assertThat(calculator.table("backlog").rows()).containsExactly(List.of("finance", 2L, 1L, 1L, 1L, 5L));
        assertThat(calculator.cases("backlog", "finance", "6-10")).containsExactly("2019-000004");
        assertThat(calculator.kpis().backlog()).isEqualTo(5);
    }

    @Test
    void phoneAnswerRateAndCallbacksAgainstTheirDeadline() {
        var calls = List.of(new CallFact("vaxeln", at("2019-03-04T09:00"), true, false),
                new CallFact("vaxeln", at("2019-03-04T09:05"), false, false),
                new CallFact("vaxeln", at("2019-03-04T09:10"), false, true),
                new CallFact("vaxeln", at("2019-03-04T09:15"), true, false));
        var due = at("2019-03-04T11:00");
        var callbacks = List.of(new CallbackFact("vaxeln", "2019-000001", LocalDate.of(2019, 3, 4), due, at("2019-03-04T10:00")),
                new CallbackFact("vaxeln", "2019-000002", LocalDate.of(2019, 3, 4), due, at("2019-03-04T11:00:01")),
                new CallbackFact("vaxeln", "2019-000003", LocalDate.of(2019, 3, 4), due, null));
        var calculator = computed(List.of(), List.of(), List.of(), calls, callbacks);

        var phone = calculator.kpis().phone();

        assertThat(phone).isEqualTo(new Kpis.Phone(4, 2, 2, 0.5, 3, 1, 1, 1, 0.3333));
        assertThat(calculator.cases("calledBackLate", "vaxeln", null)).containsExactly("2019-000002");
        assertThat(calculator.table("phone").rows()).containsExactly(List.of("vaxeln", 4L, 2L, 2L, 0.5, 3L, 1L, 1L, 1L, 0.3333));
    }

    @Test
    void satisfactionAverageAndDistribution() {
        var surveys = List.of(new SurveyFact("2019-000001", 5, NOW), new SurveyFact("2019-000002", 4, NOW),
                new SurveyFact("2019-000003", 4, NOW), new SurveyFact("2019-000004", 1, NOW));
        var calculator = computed(List.of(), List.of(), surveys, List.of(), List.of());

        assertThat(calculator.kpis().satisfaction()).isEqualTo(new Kpis.Satisfaction(4, 3.5, List.of(1L, 0L, 0L, 2L, 1L)));
        assertThat(calculator.cases("satisfaction", "4", null)).containsExactly("2019-000002", "2019-000003");
    }

    @Test
    void periodsAreWholeStockholmDaysAndNamedPeriodsFollowTheCalendar() {
        var dstSpring = new ReportPeriod(LocalDate.of(2019, 3, 31), LocalDate.of(2019, 3, 31));
        assertThat(dstSpring.start()).isEqualTo(Instant.parse("2019-03-30T23:00:00Z"));
        assertThat(dstSpring.end()).as("23 hours that day").isEqualTo(Instant.parse("2019-03-31T22:00:00Z"));
        var wednesday = LocalDate.of(2019, 3, 6);
        assertThat(ReportPeriod.named("week", wednesday)).isEqualTo(new ReportPeriod(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 10)));
        assertThat(ReportPeriod.named("last-week", wednesday)).isEqualTo(new ReportPeriod(LocalDate.of(2019, 2, 25), LocalDate.of(2019, 3, 3)));
        assertThat(ReportPeriod.named("term", wednesday)).isEqualTo(new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30)));
        assertThat(ReportPeriod.named("month", wednesday).to()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 2)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void volumeAndCsvCarryTheSameRows() {
        var a = fact("2019-000001", Channel.EMAIL, "2019-03-04T09:00", null, null, false, List.of(), List.of());
        var b = fact("2019-000002", Channel.WEB, "2019-03-05T09:00", null, null, false, List.of(), List.of());
        var c = fact("2019-000003", Channel.EMAIL, "2019-03-05T23:30", null, null, false, List.of(), List.of());
        var calculator = calculator(List.of(a, b, c));

        var byDay = calculator.table("volume-time");
        assertThat(byDay.rows()).containsExactly(List.of("2019-03-04", 1L), List.of("2019-03-05", 2L));
        assertThat(calculator.table("volume-channel").toCsv()).isEqualTo("channel;cases\r\nEMAIL;2\r\nWEB;1\r\n");
        assertThat(calculator.cases("day", "2019-03-05", null)).containsExactly("2019-000002", "2019-000003");
        assertThatThrownBy(() -> calculator.cases("nonsense", null, null)).isInstanceOf(InvalidInputException.class);
    }
}
