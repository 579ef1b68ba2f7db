package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseNumber;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.Customer;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;

class ReplyLanguageTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private final Queue frontOffice = new Queue("fo-study", "Study services", QueueKind.FRONT_OFFICE);

    @Test
    void theCustomersChoiceWinsOverTheCaseAndTheMessage() {
        var c = phoneCase("Hej, jag har en fråga om mitt lån.");
        c.writtenIn("sv");
        c.getCustomer().prefer("en");

        assertThat(ReplyLanguage.of(c)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theCaseLanguageWinsOverTheMessage() {
        var c = phoneCase("Hello, I have a question about my loan, thanks");
        c.writtenIn("sv");

        assertThat(ReplyLanguage.of(c).getLanguage()).isEqualTo("sv");
    }

    @Test
    void withoutAChoiceTheFirstMessageIsGuessed() {
        assertThat(ReplyLanguage.of(phoneCase("Hello, I have a question about my loan, thanks"))).isEqualTo(Locale.ENGLISH);
        assertThat(ReplyLanguage.of(phoneCase("Ringde om sitt lån")).getLanguage()).isEqualTo("sv");
    }

    @Test
    void aLanguageWeDoNotAnswerInIsIgnored() {
        var c = phoneCase("Hello, I have a question, thanks");
        c.writtenIn("de");

        assertThat(c.getLanguage()).isNull();
        assertThat(ReplyLanguage.of(c)).isEqualTo(Locale.ENGLISH);
    }

    private Case phoneCase(String message) {
        var customer = new Customer("Kim", "kim@example.se", null, CustomerGroup.STUDENT, NOW);
        return Case.register(CaseNumber.of(2026, 7), Channel.PHONE, customer, "Loan", message, frontOffice, null, null, null,
                NOW, "agent");
    }
}
