package se.ingang.it.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import se.ingang.answers.boundary.CannedAnswers;
import se.ingang.cases.boundary.NewCase;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.TimelineEntryKind;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.it.Application;
import se.ingang.organisation.entity.StaffRole;

/**
 * Test data for browser tests, which run in the test JVM and cannot reach the server's beans:
 * this servlet lives only in the test WAR and calls them in the server. Plain-text answers.
 * POST staff?role=&amp;queue= (a new staff member; answers the user name),
 * POST queue (a new back-office group with a unique code; answers the code),
 * POST cases?email=&amp;subject=&amp;message=&amp;topic= (answers the case number),
 * POST routed?number=&amp;group= (triage: routes a new case to a back-office group; answers the number),
 * POST canned-answers?title=&amp;body=&amp;language= (answers the new answer's id),
 * POST quarantined?subject=&amp;body= (a message without a usable sender held in the quarantine of a new,
 * disabled mailbox, as the poller holds it; answers the subject),
 * POST at-risk-facts (an open case breaching now and at risk, see DashboardFacts.atRiskSet),
 * POST report-facts (the dashboards' hand-built facts, see ReportFacts; answers name=value lines),
 * GET case?number= (status, queue, assignee and the internal notes, one per line).
 */
@WebServlet("/fixtures/*")
public class Fixtures extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String answer = switch (request.getPathInfo()) {
            case "/staff" -> Application.newLoginUser(StaffRole.valueOf(request.getParameter("role")),
                    request.getParameterValues("queue") == null ? new String[0] : request.getParameterValues("queue"));
            case "/queue" -> newQueue();
            case "/report-facts" -> reportFacts();
            case "/at-risk-facts" -> se.ingang.it.DashboardFacts.atRiskSet();
            case "/cases" -> Application.cases().register(new NewCase(Channel.EMAIL, request.getParameter("subject"),
                    request.getParameter("message"), "Kim Kund", request.getParameter("email"), null,
                    CustomerGroup.STUDENT, request.getParameter("topic"), null, null, null), "it").getNumber().value();
            case "/routed" -> routed(request.getParameter("number"), request.getParameter("group"));
            case "/canned-answers" -> cannedAnswers().create(request.getParameter("title"), request.getParameter("body"),
                    request.getParameter("language"), null, java.util.List.of(), "it").getId().toString();
            case "/quarantined" -> quarantined(request.getParameter("subject"), request.getParameter("body"));
            default -> null;
        };
        write(response, answer);
    }

    private static String routed(String number, String group) {
        var cases = Application.cases();
        cases.triage(number, new se.ingang.cases.boundary.TriageDecision(cases.find(number).getVersion(), null, null,
                null, null, se.ingang.cases.boundary.TriageDecision.Outcome.ROUTE, group, null, null), "it");
        return number;
    }

    /** The dashboards' hand-built facts (ReportFacts): "frontOffice=…", then "C1=2019-000123" …, one a line. */
    private static String reportFacts() {
        var set = se.ingang.it.ReportFacts.create();
        var text = new StringBuilder("frontOffice=" + set.frontOffice() + "\n");
        set.cases().forEach((name, number) -> text.append(name).append('=').append(number).append('\n'));
        return text.toString();
    }

    private static String quarantined(String subject, String body) {
        try {
            se.ingang.mail.boundary.Mailboxes mailboxes = javax.naming.InitialContext.doLookup(
                    "java:global/ingang/ingang-ejb/Mailboxes!" + se.ingang.mail.boundary.Mailboxes.class.getName());
            se.ingang.mail.boundary.MailIntake intake = javax.naming.InitialContext.doLookup(
                    "java:global/ingang/ingang-ejb/MailIntake!" + se.ingang.mail.boundary.MailIntake.class.getName());
            String address = "ui-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
            var box = mailboxes.create(new se.ingang.mail.boundary.MailboxSettings("ui-" + address, address, "127.0.0.1", 3143,
                    se.ingang.mail.entity.MailboxSecurity.NONE, address, "INGANG_MAILBOX_UI_UNUSED", "INBOX", "fo-registry", 60, false));
            String raw = String.join("\r\n", "From: undisclosed-recipients:;", "To: " + address,
                    "Subject: " + subject, "Message-ID: <" + java.util.UUID.randomUUID() + "@ui.example.se>",
                    "Content-Type: text/plain; charset=utf-8", "", body, "");
            intake.quarantine(box.getId(), 1, 1, raw.getBytes(java.nio.charset.StandardCharsets.UTF_8), "no usable sender (ui fixture)", 1);
            return subject;
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newQueue() {
        try {
            se.ingang.organisation.boundary.Organisation organisation = javax.naming.InitialContext.doLookup(
                    "java:global/ingang/ingang-ejb/Organisation!" + se.ingang.organisation.boundary.Organisation.class.getName());
            String code = "ui-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            return organisation.createQueue(code, "Testgrupp " + code,
                    se.ingang.organisation.entity.QueueKind.BACK_OFFICE).getCode();
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/case".equals(request.getPathInfo())) {
            write(response, null);
            return;
        }
        var c = Application.cases().find(request.getParameter("number"));
        var text = new StringBuilder()
                .append("status=").append(c.getStatus()).append('\n')
                .append("queue=").append(c.getQueue().getCode()).append('\n')
                .append("assignee=").append(c.getAssignee()).append('\n');
        c.getTimeline().stream().filter(e -> e.getKind() == TimelineEntryKind.INTERNAL_NOTE)
                .forEach(e -> text.append("note=").append(e.getBody()).append('\n'));
        write(response, text.toString());
    }

    private static CannedAnswers cannedAnswers() {
        try {
            return (CannedAnswers) new InitialContext().lookup(
                    "java:global/ingang/ingang-ejb/CannedAnswers!" + CannedAnswers.class.getName());
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(HttpServletResponse response, String answer) throws IOException {
        if (answer == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
