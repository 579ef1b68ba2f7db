package se.ingang.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.List;
import se.ingang.answers.boundary.CannedAnswers;
import se.ingang.cases.boundary.Cases;
import se.ingang.cases.boundary.NewCase;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.StaffRole;

/**
 * Loads demo data when the server runs with ingang.demo=true (the README's run command) and
 * the database holds no cases yet. Each step is its own transaction through the use cases,
 * so the demo cases have real processes, just as if staff had worked them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Demo only, documented in the README; real installations set passwords through /api/staff. */
    static final Map<StaffRole, String> DEMO_PASSWORDS = Map.of(
            StaffRole.AGENT, "agent-demo-1",
            StaffRole.HANDLER, "handler-demo-1",
            StaffRole.MANAGER, "manager-demo-1",
            StaffRole.ADMINISTRATOR, "admin-demo-1",
            StaffRole.INTEGRATION, "integration-demo-1");

    @Inject
    @ConfigProperty(name = "ingang.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Cases cases;

    @Inject
    StaffDirectory staff;

    @Inject
    CannedAnswers answers;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        if (staff.findUser("anna").isPresent()) {
            LOG.info("Demo data already loaded");
            givePasswords();
            return;
        }
        loadStaff();
        givePasswords();
        loadCases();
        loadCannedAnswers();
        LOG.info("Demo data loaded: staff users, a dozen cases and canned answers");
    }

    private void loadStaff() {
        staff.addUser("anna", "Anna Agent", "anna@example.edu", StaffRole.AGENT, "fo-it", "fo-premises", "fo-study", "fo-registry");
        staff.addUser("bertil", "Bertil Bengtsson", "bertil@example.edu", StaffRole.AGENT, "fo-study", "fo-registry");
        staff.addUser("cecilia", "Cecilia Carlsson", "cecilia@example.edu", StaffRole.HANDLER, "it-service-desk");
        staff.addUser("david", "David Dahl", "david@example.edu", StaffRole.HANDLER, "admissions", "examinations");
        staff.addUser("eva", "Eva Ek", "eva@example.edu", StaffRole.HANDLER, "finance");
        staff.addUser("fredrik", "Fredrik Falk", "fredrik@example.edu", StaffRole.HANDLER, "facilities");
        staff.addUser("greta", "Greta Gustafsson", "greta@example.edu", StaffRole.MANAGER);
        staff.addUser("admin", "Administratör", "admin@example.edu", StaffRole.ADMINISTRATOR);
        staff.addUser("phone-system", "Telefonisystemet (integration)", null, StaffRole.INTEGRATION);
    }

    /**
     * Demo passwords, one per role (README "Logging in"); only ever set with ingang.demo=true.
     * Also for a demo database from before logins existed, whose users have no password yet.
     */
    private void givePasswords() {
        for (var user : staff.users()) {
            if (user.getPassword().isPresent() || user.getRoles().isEmpty()) {
                continue;
            }
            var role = user.getRoles().stream().max(Enum::compareTo).orElseThrow();
            staff.setPassword(user.getUsername(), DEMO_PASSWORDS.get(role));
            if (role == StaffRole.HANDLER) {
                staff.setPresence(user.getUsername(), true);
            }
        }
    }

    private void loadCases() {
        // New, waiting for triage.
        contact(Channel.EMAIL, "Kan inte logga in i Canvas", "Hej! Mitt lösenord fungerar inte sedan i går.",
                "Lisa Lind", "lisa.lind@student.example.edu", CustomerGroup.STUDENT, "it-account");
        contact(Channel.WEB, "Fråga om behörighet till masterprogram", "Räcker min kandidatexamen från Finland?",
                "Mika Virtanen", "mika.virtanen@example.fi", CustomerGroup.PROSPECTIVE_STUDENT, "admission");
        contact(Channel.PHONE, "Trasig dörr i hus C", "Ytterdörren till hus C går inte att låsa.",
                "Karin Holm", "karin.holm@example.edu", CustomerGroup.STAFF, "premises-fault");
        contact(Channel.VISIT, "Begäran om allmän handling", "Jag vill ta del av protokollet från styrelsemötet i maj.",
                "Per Svensson", "per.svensson@example.se", CustomerGroup.PUBLIC, "official-documents");

        // Resolved at first contact by the front office.
        var wifi = contact(Channel.PHONE, "Wifi i biblioteket", "Hur ansluter jag till eduroam?",
                "Omar Ali", "omar.ali@student.example.edu", CustomerGroup.STUDENT, "it-network");
        triageResolve(wifi, "Välj nätverket eduroam och logga in med ditt universitetskonto.");

        // Routed to the back office by the routing table, one claimed.
        var invoice = contact(Channel.EMAIL, "Faktura 4711 betald två gånger", "Vi har betalat fakturan två gånger.",
                "Sara Berg", "ekonomi@partner.example.com", CustomerGroup.PARTNER, "invoices");
        invoice = triageRoute(invoice, CaseType.SUPPORT);
        cases.assign(invoice.getNumber().value(), invoice.getVersion(), "eva", "eva");

        var exam = contact(Channel.WEB, "Saknar betyg på tentamen", "Jag skrev tentan i statistik för fem veckor sedan.",
                "Johan Nyberg", "johan.nyberg@student.example.edu", CustomerGroup.STUDENT, "exams");
        triageRoute(exam, CaseType.SUPPORT);

        var press = contact(Channel.EMAIL, "Intervjuförfrågan om antagningssiffror", "Kan någon kommentera årets antagning?",
                "Tove Reporter", "tove@tidningen.example.se", CustomerGroup.MEDIA, "admission");
        triageRoute(press, CaseType.ORDER);

        // Transferred: admissions sends it on to finance; one case, one timeline.
        var fee = contact(Channel.EMAIL, "Studieavgift och antagningsbesked", "Måste jag betala avgiften innan jag antas?",
                "Ana Souza", "ana.souza@example.br", CustomerGroup.PROSPECTIVE_STUDENT, "admission");
        fee = triageRoute(fee, CaseType.SUPPORT);
        cases.transfer(fee.getNumber().value(), fee.getVersion(), "finance",
                "Gäller betalning av studieavgift, inte behörighet.", "david");

        // Waiting for the customer.
        var laptop = contact(Channel.EMAIL, "Lånedator går inte att starta", "Datorn jag lånade startar inte.",
                "Nils Ek", "nils.ek@student.example.edu", CustomerGroup.STUDENT, "it-software");
        laptop = triageRoute(laptop, CaseType.FAULT_REPORT);
        cases.askCustomer(laptop.getNumber().value(), laptop.getVersion(),
                "Vilket serienummer har datorn? Det står på undersidan.", "cecilia");

        // Resolved by the back office, inside its reopen window.
        var access = contact(Channel.WEB, "Passerkort fungerar inte", "Mitt passerkort fungerar inte i hus A.",
                "Elin Ström", "elin.strom@example.edu", CustomerGroup.STAFF, "premises-access");
        access = triageRoute(access, CaseType.SUPPORT);
        cases.resolve(access.getNumber().value(), access.getVersion(),
                "Kortet är omprogrammerat och fungerar nu i hus A.", "fredrik");

        // Resolved and closed.
        var certificate = contact(Channel.EMAIL, "Examensbevis på engelska", "Kan jag få mitt examensbevis på engelska?",
                "Hanna Lund", "hanna.lund@example.edu", CustomerGroup.STUDENT, "degree");
        certificate = triageResolve(certificate, "Ja, examensbeviset utfärdas på både svenska och engelska.");
        cases.close(certificate.getNumber().value(), certificate.getVersion(), "bertil");
    }

    /** Canned answers in Swedish and English; placeholders as in AnswerTemplate. */
    private void loadCannedAnswers() {
        answers.create("Återställa lösenord", "Hej {customerName}!\n\nDu återställer ditt lösenord på "
                + "https://konto.example.edu med BankID eller med koden från ditt antagningsbesked. "
                + "Det nya lösenordet gäller i alla system inom en kvart.\n\nVänliga hälsningar\n{agentName}, kundtjänst",
                "sv", "it-account", List.of("lösenord", "konto", "inloggning"), "greta");
        answers.create("Resetting your password", "Hello {customerName},\n\nYou can reset your password at "
                + "https://konto.example.edu with BankID or the code in your admission letter. "
                + "The new password works in all systems within fifteen minutes.\n\nKind regards\n{agentName}, customer service",
                "en", "it-account", List.of("password", "account", "login"), "greta");
        answers.create("Wifi: anslut till eduroam", "Hej {customerName}!\n\nVälj nätverket eduroam och logga in med "
                + "användarnamn@example.edu och ditt vanliga lösenord. Ange ärendenummer {caseNumber} om du kontaktar oss igen.",
                "sv", "it-network", List.of("wifi", "eduroam", "nätverk"), "greta");
        answers.create("Wi-Fi: connecting to eduroam", "Hello {customerName},\n\nChoose the eduroam network and sign in "
                + "with username@example.edu and your usual password. Please quote case {caseNumber} if you contact us again.",
                "en", "it-network", List.of("wifi", "eduroam", "network"), "greta");
        answers.create("Studieavgift: betalning och återbetalning", "Hej {customerName}!\n\nStudieavgiften betalas "
                + "per termin senast tre veckor före terminsstart. Om du inte påbörjar studierna får du pengarna tillbaka "
                + "efter ansökan till Ekonomi. Vi har noterat din fråga i ärende {caseNumber}.",
                "sv", "tuition-fees", List.of("studieavgift", "betalning", "återbetalning"), "greta");
        answers.create("Tuition fees: payment and refunds", "Hello {customerName},\n\nTuition fees are paid per semester "
                + "no later than three weeks before the semester starts. If you do not begin your studies, Finance refunds "
                + "the fee on application. We have noted your question in case {caseNumber}.",
                "en", "tuition-fees", List.of("tuition", "payment", "refund"), "greta");
        answers.create("Allmän handling: så går det till", "Hej {customerName}!\n\nTack för din begäran. Vi prövar "
                + "den skyndsamt och hör av oss så snart handlingen är genomgången. Ärendenummer: {caseNumber}.",
                "sv", "official-documents", List.of("allmän handling", "offentlighetsprincipen"), "greta");
        answers.create("Official documents: what happens next", "Hello {customerName},\n\nThank you for your request. "
                + "We will review it promptly and get back to you as soon as the document has been examined. Case number: {caseNumber}.",
                "en", "official-documents", List.of("official document", "public access"), "greta");
    }

    private Case contact(Channel channel, String subject, String message, String name, String email,
                         CustomerGroup group, String topic) {
        return cases.register(new NewCase(channel, subject, message, name, email, null, group, topic, null, null, null), "demo");
    }

    private Case triageRoute(Case c, CaseType type) {
        return cases.triage(c.getNumber().value(), new TriageDecision(c.getVersion(), type, null, null, null,
                TriageDecision.Outcome.ROUTE, null, null, null), "anna");
    }

    private Case triageResolve(Case c, String reply) {
        return cases.triage(c.getNumber().value(), new TriageDecision(c.getVersion(), null, null, null, Priority.NORMAL,
                TriageDecision.Outcome.RESOLVE, null, reply, null), "anna");
    }
}
