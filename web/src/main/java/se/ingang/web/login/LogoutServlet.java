package se.ingang.web.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Ends the session (and the login with it) and goes back to the login page. */
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

    /** A link works too: logging out is harmless, so it needs no protection against forgery. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doPost(request, response);
    }
}
