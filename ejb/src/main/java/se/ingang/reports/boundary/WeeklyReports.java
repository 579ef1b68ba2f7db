package se.ingang.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.temporal.IsoFields;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.mail.control.MailSettings;
import se.ingang.platform.control.ApplicationClock;
import se.ingang.reports.control.KpiRows;
import se.ingang.reports.control.ReportPeriod;
import se.ingang.reports.control.WeeklyReportText;
import se.ingang.reports.entity.ReportSubscription;

/**
 * The weekly report mail: every hour the job looks for subscriptions that have not had the
 * last whole week (Monday–Sunday) yet and sends it — headline figures in the text, all of them
 * as a CSV attachment — over the server's mail session. Each subscription is sent in its own
 * transaction under a row lock, so two nodes, or a job that runs twice, send a week once; a
 * failed send is tried again the next hour. Someone who no longer reads everything gets nothing.
 */
@Stateless
public class WeeklyReports {

    private static final Logger LOG = Logger.getLogger(WeeklyReports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Ingang")
    Session mail;

    @Inject
    ApplicationClock clock;

    @Inject
    Reports reports;

    @Inject
    CaseAccess access;

    @Inject
    MailSettings settings;

    @Inject
    WeeklyReports self;

    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void hourly() {
        sendDue();
    }

    /** Sends last week's report to every subscription that has not had it; returns how many were sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        var period = ReportPeriod.named("last-week", clock.localNow().toLocalDate());
        List<Long> due = em.createNamedQuery(ReportSubscription.DUE, Long.class)
                .setParameter("periodStart", period.from()).getResultList();
        int sent = 0;
        for (long id : due) {
            try {
                if (self.send(id, period)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "weekly report " + id + " not sent; tried again next hour", e);
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long id, ReportPeriod period) {
        var subscription = em.find(ReportSubscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null || (subscription.getLastPeriodStart() != null
                && !subscription.getLastPeriodStart().isBefore(period.from()))) {
            return false;
        }
        if (!AccessPolicy.readsEverything(access.who(subscription.getUsername()))) {
            return false;
        }
        var kpis = reports.kpis(period, subscription.filter());
        boolean english = "en".equals(subscription.getLanguage());
        try {
            var message = new MimeMessage(mail);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(subscription.getEmail()));
            message.setSubject(subject(period, english), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-generated");
            var text = new MimeBodyPart();
            text.setText(WeeklyReportText.of(kpis, subscription.filter(), english), StandardCharsets.UTF_8.name());
            var csv = new MimeBodyPart();
            csv.setContent(KpiRows.of(kpis).toCsv(), "text/csv; charset=UTF-8");
            csv.setFileName("kpis-" + period.from() + "-" + period.to() + ".csv");
            message.setContent(new MimeMultipart(text, csv));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("sending the weekly report to " + subscription.getEmail() + " failed", e);
        }
        subscription.sent(period.from(), clock.now());
        return true;
    }

    static String subject(ReportPeriod period, boolean english) {
        int week = period.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return (english ? "Customer service weekly report, week " : "Kundtjänstens veckorapport, vecka ")
                + week + " (" + period.from() + " – " + period.to() + ")";
    }
}
