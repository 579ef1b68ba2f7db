package se.ingang.web.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Ends the session (and the login with it) on a POST and goes back to the login page. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/login?loggedOut=true");
    }

    /**
     * GET does not log out: a link or an image on any page, even another site's, would end the
     * session. The staff pages' logout button posts (a Faces form); an address typed by hand
     * goes to the start page, from where the button is one click away.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/");
    }
}
