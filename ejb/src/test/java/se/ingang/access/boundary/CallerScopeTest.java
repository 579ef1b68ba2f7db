package se.ingang.access.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.entity.StaffRole;

class CallerScopeTest {

    private static final Set<StaffRole> HELD = EnumSet.of(StaffRole.ADMINISTRATOR, StaffRole.AGENT);

    @Test
    void aTokensRequestHasOnlyTheTokensRolesAndOnlyForItsOwner() {
        try (var scope = CallerScope.open("anna", Set.of(StaffRole.AGENT))) {
            assertThat(CallerScope.narrow("anna", HELD)).containsExactly(StaffRole.AGENT);
            assertThat(CallerScope.narrow("bertil", HELD)).as("another user looked up in the same request").isEqualTo(HELD);
        }
        assertThat(CallerScope.narrow("anna", HELD)).as("after the request").isEqualTo(HELD);
    }

    @Test
    void aScopeNeverAddsARoleTheOwnerLacks() {
        try (var scope = CallerScope.open("anna", Set.of(StaffRole.MANAGER, StaffRole.AGENT))) {
            assertThat(CallerScope.narrow("anna", HELD)).containsExactly(StaffRole.AGENT);
        }
    }
}
