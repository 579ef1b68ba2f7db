package se.ingang.apitokens.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.platform.errors.AccessDeniedException;
import se.ingang.platform.errors.InvalidInputException;

class TokenRulesTest {

    private static final Set<StaffRole> ADMIN_AND_AGENT = EnumSet.of(StaffRole.ADMINISTRATOR, StaffRole.AGENT);

    @Test
    void scopesAreAmongTheOwnersRolesAndWhatTheCreatorMayHandOut() {
        assertThat(TokenRules.scopes(Set.of(StaffRole.AGENT), ADMIN_AND_AGENT, ADMIN_AND_AGENT)).containsExactly(StaffRole.AGENT);
        assertThatThrownBy(() -> TokenRules.scopes(Set.of(StaffRole.MANAGER), ADMIN_AND_AGENT, ADMIN_AND_AGENT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("scopes");
        assertThatThrownBy(() -> TokenRules.scopes(Set.of(StaffRole.ADMINISTRATOR), ADMIN_AND_AGENT, Set.of(StaffRole.AGENT)))
                .as("a request narrowed to AGENT cannot hand out ADMINISTRATOR").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TokenRules.scopes(Set.of(), ADMIN_AND_AGENT, ADMIN_AND_AGENT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTokenLivesADayToAYear() {
        assertThat(TokenRules.lifetime(1)).isEqualTo(Duration.ofDays(1));
        assertThat(TokenRules.lifetime(365)).isEqualTo(Duration.ofDays(365));
        for (Integer days : new Integer[] {null, 0, -1, 366}) {
            assertThatThrownBy(() -> TokenRules.lifetime(days)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aTokenHasAName() {
        assertThat(TokenRules.name("  report script ")).isEqualTo("report script");
        assertThatThrownBy(() -> TokenRules.name(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TokenRules.name("x".repeat(101))).isInstanceOf(InvalidInputException.class);
    }
}
