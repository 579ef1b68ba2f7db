package se.ingang.web.survey;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.ingang.feedback.boundary.Surveys;
import se.ingang.feedback.entity.Survey;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/**
 * GET shows the survey form, POST records the answer. Opening the link records nothing,
 * so mail-security scanners that follow links never rate a case. Plain HTML that works
 * without JavaScript; texts from the messages bundle (sv default, en with ?lang=en).
 */
@WebServlet("/survey/*")
public class SurveyServlet extends HttpServlet {

    @Inject
    Surveys surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var texts = texts(request);
        try {
            var survey = surveys.byToken(token(request));
            if (survey.getAnsweredAt() != null) {
                page(response, 200, texts, "answered.title", SurveyPage.paragraph(texts.getString("answered.text")));
                return;
            }
            page(response, 200, texts, "title", form(survey, texts, request, null));
        } catch (NotFoundException e) {
            page(response, 404, texts, "notfound.title", SurveyPage.paragraph(texts.getString("notfound.text")));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        var texts = texts(request);
        String token = token(request);
        try {
            int score = parseScore(request.getParameter("score"));
            surveys.answer(token, score, request.getParameter("comment"));
            page(response, 200, texts, "thanks.title", SurveyPage.paragraph(texts.getString("thanks.text")));
        } catch (NotFoundException e) {
            page(response, 404, texts, "notfound.title", SurveyPage.paragraph(texts.getString("notfound.text")));
        } catch (ActionNotAllowedException e) {
            page(response, 409, texts, "answered.title", SurveyPage.paragraph(texts.getString("answered.text")));
        } catch (InvalidInputException e) {
            String key = e.fieldErrors().containsKey("comment") ? "error.comment" : "error.score";
            var survey = surveys.byToken(token);
            page(response, 400, texts, "title", form(survey, texts, request, texts.getString(key)));
        }
    }

    private String form(Survey survey, ResourceBundle texts, HttpServletRequest request, String error) {
        return SurveyPage.form(texts, MessageFormat.format(texts.getString("intro"), survey.getCaseNumber()),
                request.getParameter("score"), request.getParameter("comment"), error, otherLanguageLink(request));
    }

    private static int parseScore(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("score", "not a number");
        }
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.replaceFirst("^/", "");
    }

    private static boolean english(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang"));
    }

    private static ResourceBundle texts(HttpServletRequest request) {
        // The Swedish texts are the base bundle; ROOT keeps the JVM's default locale out of it.
        return ResourceBundle.getBundle("se.ingang.web.survey.messages", english(request) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String otherLanguageLink(HttpServletRequest request) {
        return english(request) ? "?lang=sv" : "?lang=en";
    }

    private static void page(HttpServletResponse response, int status, ResourceBundle texts, String titleKey, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(SurveyPage.document(texts, texts.getString(titleKey), body));
    }
}
