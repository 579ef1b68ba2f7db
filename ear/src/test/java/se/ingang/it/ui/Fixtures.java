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
 * POST canned-answers?title=&amp;body=&amp;language= (answers the new answer's id),
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
            case "/canned-answers" -> cannedAnswers().create(request.getParameter("title"), request.getParameter("body"),
                    request.getParameter("language"), null, java.util.List.of(), "it").getId().toString();
            default -> null;
        };
        write(response, answer);
    }

    /** The dashboards' hand-built facts (ReportFacts): "frontOffice=…", then "C1=2019-000123" …, one a line. */
    private static String reportFacts() {
        var set = se.ingang.it.ReportFacts.create();
        var text = new StringBuilder("frontOffice=" + set.frontOffice() + "\n");
        set.cases().forEach((name, number) -> text.append(name).append('=').append(number).append('\n'));
        return text.toString();
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
