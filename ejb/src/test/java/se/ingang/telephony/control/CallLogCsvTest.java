package se.ingang.telephony.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.ingang.telephony.entity.CallData;
import se.ingang.telephony.entity.CallOutcome;

class CallLogCsvTest {

    private final CallLogCsv csv = new CallLogCsv(ZoneId.of("Europe/Stockholm"));

    @Test
    void readsACommaSeparatedFileWithTheEnglishHeader() {
        var parsed = csv.parse("""
                call_id,start_time,caller,called_number,queue,result,wait_seconds,duration_seconds,agent
                c-1,2026-11-30T09:15:00+01:00,070-123 45 67,+46 8 123 456,studentexp,answered,45,300,anna
                c-2,2026-11-30 10:00,anonymous,,studentexp,missed,120,,
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(2);
        assertThat(parsed.rows()).extracting(CallLogCsv.Row::row).containsExactly(2L, 3L);
        assertThat(parsed.rows().get(0).call()).isEqualTo(new CallData("c-1", Instant.parse("2026-11-30T08:15:00Z"),
                "070-123 45 67", "+46 8 123 456", "studentexp", CallOutcome.ANSWERED, 45, 300, "anna"));
        assertThat(parsed.rows().get(1).call()).isEqualTo(new CallData("c-2", Instant.parse("2026-11-30T09:00:00Z"),
                "anonymous", null, "studentexp", CallOutcome.MISSED, 120, 0, null));
    }

    @Test
    void readsASemicolonSeparatedSwedishExport_columnsInAnyOrder() {
        var parsed = csv.parse("\uFEFF" + """
                Utfall;Samtals-ID;Starttid;Från;Kö;Väntetid;Samtalstid;Handläggare
                Besvarat;s-1;2026-07-01 08:00:05;0701234567;växeln;1:05;0:10:00;Åsa
                Missat;s-2;2026-07-01 08:01;+46701234567;växeln;30;0;
                """);

        assertThat(parsed.problems()).isEmpty();
        var first = parsed.rows().get(0).call();
        assertThat(first.callId()).isEqualTo("s-1");
        assertThat(first.startedAt()).as("summer time, UTC+2").isEqualTo(Instant.parse("2026-07-01T06:00:05Z"));
        assertThat(first.phoneQueue()).isEqualTo("växeln");
        assertThat(first.waitSeconds()).isEqualTo(65);
        assertThat(first.durationSeconds()).isEqualTo(600);
        assertThat(first.agent()).isEqualTo("Åsa");
        assertThat(parsed.rows().get(1).call().outcome()).isEqualTo(CallOutcome.MISSED);
    }

    @Test
    void badRowsAreReportedRowByRow_andTheGoodOnesStillRead() {
        var parsed = csv.parse("""
                call_id;start_time;caller;queue;result;wait_seconds
                ok-1;2026-11-30 09:00;0701111111;q;answered;10
                ;2026-11-30 09:01;0701111112;q;missed;10
                bad-time;30/11/2026 9.02;0701111113;q;missed;10
                bad-result;2026-11-30 09:03;0701111114;q;maybe;-5
                short-row;2026-11-30 09:04
                no-queue;2026-11-30 09:05;0701111115;;missed;1
                ok-2;2026-11-30 09:06;;q;missed;
                """);

        assertThat(parsed.rows()).extracting(r -> r.call().callId()).containsExactly("ok-1", "ok-2");
        assertThat(parsed.rows()).extracting(CallLogCsv.Row::row).containsExactly(2L, 8L);
        assertThat(parsed.problems()).extracting(RowProblem::row, RowProblem::callId, RowProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, null, "call_id"),
                        org.assertj.core.groups.Tuple.tuple(4L, "bad-time", "start_time"),
                        org.assertj.core.groups.Tuple.tuple(5L, "bad-result", "result"),
                        org.assertj.core.groups.Tuple.tuple(5L, "bad-result", "wait_seconds"),
                        org.assertj.core.groups.Tuple.tuple(6L, "short-row", "*"),
                        org.assertj.core.groups.Tuple.tuple(7L, "no-queue", "queue"));
        assertThat(parsed.problems().get(0).reason()).isEqualTo("missing");
        assertThat(parsed.problems().get(4).reason()).contains("2 fields", "6");
        assertThat(parsed.rowsRead()).isEqualTo(7);
    }

    @Test
    void aHeaderWithoutTheNeededColumnsRejectsTheFile() {
        var parsed = csv.parse("""
                id,when,who
                1,2026-11-30 09:00,0701234567
                """);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.reason()).contains("start_time", "result", "queue");
        });
    }

    @Test
    void aBrokenQuoteStopsTheReadingThereAndSaysWhere() {
        var parsed = csv.parse("""
                call_id,start_time,queue,result
                q-1,2026-11-30 09:00,q,answered
                "q-2"x,2026-11-30 09:01,q,answered
                q-3,2026-11-30 09:02,q,answered
                """);

        assertThat(parsed.rows()).extracting(r -> r.call().callId()).containsExactly("q-1");
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("the file cannot be read from this row on");
        });
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(csv.parse("").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.row()).isEqualTo(1));
    }

    @ParameterizedTest
    @CsvSource({"45,45", "0,0", "1:05,65", "01:00:01,3601", "-5,", "1:75,", "4.5,", "abc,"})
    void durations(String text, Integer seconds) {
        assertThat(CallLogCsv.seconds(text)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource({"answered,ANSWERED", "Besvarat,ANSWERED", "MISSED,MISSED", "abandoned,MISSED", "Obesvarat,MISSED",
            "missat,MISSED", "busy,"})
    void outcomes(String text, CallOutcome outcome) {
        assertThat(CallLogCsv.outcome(text)).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-30T09:15:00+01:00, 2026-11-30T08:15:00Z",
            "2026-11-30T08:15:00Z,      2026-11-30T08:15:00Z",
            "2026-11-30 09:15,          2026-11-30T08:15:00Z",
            "2026-11-30 09:15:30,       2026-11-30T08:15:30Z",
            "2026-11-30T09:15:30.5,     2026-11-30T08:15:30.500Z",
            "2026-06-30 09:15,          2026-06-30T07:15:00Z"})
    void timesWithAnOffsetAsGiven_localOnesInSwedishTime(String text, Instant expected) {
        assertThat(csv.parseTime(text)).isEqualTo(expected);
    }

    @Test
    void uploadsAreReadAsUtf8_orAsWindows1252WhenTheyAreNotUtf8() {
        String text = "Kö;Väntetid\nväxeln;1:05\n";

        assertThat(CallLogCsv.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(CallLogCsv.decode(text.getBytes(java.nio.charset.Charset.forName("windows-1252")))).isEqualTo(text);
    }

    @Test
    void theSeparatorIsWhatTheHeaderUses() {
        assertThat(CallLogCsv.separatorOf("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CallLogCsv.separatorOf("a,b,c\n1;2;3")).isEqualTo(',');
    }
}
