package se.ingang.web.staff;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.StaffUser;

/**
 * The application's root ("" maps exactly "/"): the server's FORM login returns here when the
 * login page was opened directly, single sign-on when no page was asked for, and the logout GET
 * and the login page of someone already logged in send people here. It sends each person on to
 * their {@link StartPage}, decided by the roles Ingång holds (so it is the same for single
 * sign-on, whose tokens carry no Ingång roles). The root needs a login (web.xml), so nobody
 * anonymous reaches it.
 */
@WebServlet("")
public class StartServlet extends HttpServlet {

    @Inject
    StaffDirectory staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var principal = request.getUserPrincipal();
        var roles = principal == null ? Set.<se.ingang.organisation.entity.StaffRole>of()
                : staff.findUser(principal.getName()).filter(StaffUser::isActive).map(StaffUser::getRoles).orElse(Set.of());
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + StartPage.forRoles(roles).path());
    }
}
