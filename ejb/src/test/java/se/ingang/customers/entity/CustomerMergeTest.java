package se.ingang.customers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerMergeTest {

    private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void theSurvivorTakesWhatItDidNotKnowAndTheDuplicateKeepsNothing() {
        var survivor = new Customer("Åsa Öberg", "asa@example.se", null, CustomerGroup.OTHER, T);
        var duplicate = new Customer(null, null, "070-123 45 67", CustomerGroup.STUDENT, T.minusSeconds(60));
        duplicate.recordConsent("integritet-2026-1", T.minusSeconds(30));
        var school = new CustomerOrganisation("Skolan", OrganisationKind.SCHOOL, null, null, T);
        duplicate.joinOrganisation(school);

        survivor.absorb(duplicate, duplicate.releaseAddress());

        assertThat(survivor.getEmail()).isEqualTo("asa@example.se");
        assertThat(survivor.getPhone()).isEqualTo("+46701234567");
        assertThat(survivor.getGroup()).isEqualTo(CustomerGroup.STUDENT);
        assertThat(survivor.getOrganisation()).isSameAs(school);
        assertThat(survivor.getLegalBasis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(survivor.getConsentTextVersion()).isEqualTo("integritet-2026-1");
        assertThat(survivor.getCreatedAt()).isEqualTo(T.minusSeconds(60));
        assertThat(duplicate.getName()).isNull();
        assertThat(duplicate.getPhone()).isNull();
        assertThat(duplicate.getOrganisation()).isNull();
    }

    @Test
    void theSurvivorKeepsWhatItKnewAndNothingMergesIntoItself() {
        var survivor = new Customer("Åsa Öberg", null, "+46 70 111 11 11", CustomerGroup.STAFF, T);
        var duplicate = new Customer("Åsa Ö.", "asa@example.se", "+46 70 222 22 22", CustomerGroup.PUBLIC, T);
        survivor.absorb(duplicate, duplicate.releaseAddress());
        assertThat(survivor.getName()).isEqualTo("Åsa Öberg");
        assertThat(survivor.getPhone()).isEqualTo("+46701111111");
        assertThat(survivor.getEmail()).as("it had none").isEqualTo("asa@example.se");
        assertThat(survivor.getGroup()).isEqualTo(CustomerGroup.STAFF);
        assertThat(duplicate.getEmail()).isNull();

        assertThatThrownBy(() -> survivor.absorb(survivor, null)).as("not into itself")
                .isInstanceOf(se.ingang.platform.errors.InvalidInputException.class);
    }
}
