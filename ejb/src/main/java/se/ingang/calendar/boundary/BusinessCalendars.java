package se.ingang.calendar.boundary;

import jakarta.inject.Inject;
import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import se.ingang.calendar.control.BusinessTime;
import se.ingang.calendar.entity.BusinessCalendar;
import se.ingang.platform.errors.NotFoundException;

/** Business calendars by code; "standard" is the customer service's own opening hours. */
@Stateless
public class BusinessCalendars {

    public static final String STANDARD = "standard";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public BusinessTime standard() {
        return byCode(STANDARD);
    }

    /** Read afresh in each call's transaction, so a closed day an administrator adds counts at once. */
    public BusinessTime byCode(String code) {
        return calendar(code).toBusinessTime();
    }

    public List<BusinessCalendar> all() {
        return em.createNamedQuery(BusinessCalendar.FIND_ALL, BusinessCalendar.class).getResultList();
    }

    public void addClosedDay(String code, LocalDate date, String reason) {
        calendar(code).addClosedDay(date, reason);
        audit.record(AuditLog.CALENDAR, code, "CLOSED_DAY_ADDED", Changes.between().field("closedDay", null, date + " " + reason));
    }

    private BusinessCalendar calendar(String code) {
        return em.createNamedQuery(BusinessCalendar.FIND_BY_CODE, BusinessCalendar.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Business calendar", code));
    }
}
