package se.ingang.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.reports.control.ReportFilter;

/** A manager's weekly report by e-mail (headline figures and a CSV file), with the filters they chose. */
@Entity
@Table(name = "report_subscription")
@NamedQuery(name = ReportSubscription.BY_USER, query = "SELECT s FROM ReportSubscription s WHERE s.username = :username")
@NamedQuery(name = ReportSubscription.DUE, query = "SELECT s.id FROM ReportSubscription s"
        + " WHERE s.lastPeriodStart IS NULL OR s.lastPeriodStart < :periodStart ORDER BY s.id")
public class ReportSubscription {

    public static final String BY_USER = "ReportSubscription.byUser";
    public static final String DUE = "ReportSubscription.due";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "front_office", length = 64)
    private String frontOffice;

    @Column(name = "group_code", length = 64)
    private String group;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", length = 20)
    private CaseType caseType;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_group", length = 30)
    private CustomerGroup customerGroup;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The Monday of the last week sent; the job sends each week once. */
    @Column(name = "last_period_start")
    private LocalDate lastPeriodStart;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    protected ReportSubscription() {
    }

    public ReportSubscription(String username, Instant now) {
        this.username = username;
        this.createdAt = now;
    }

    public void change(String email, String language, ReportFilter filter) {
        this.email = email;
        this.language = "en".equals(language) ? "en" : "sv";
        this.frontOffice = filter.frontOffice();
        this.group = filter.group();
        this.channel = filter.channel();
        this.caseType = filter.caseType();
        this.customerGroup = filter.customerGroup();
    }

    public void sent(LocalDate periodStart, Instant now) {
        lastPeriodStart = periodStart;
        lastSentAt = now;
    }

    public ReportFilter filter() {
        return new ReportFilter(frontOffice, group, channel, caseType, customerGroup);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getLastPeriodStart() {
        return lastPeriodStart;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }
}
