package se.ingang.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.control.OwnerChoice.Candidate;
import se.ingang.organisation.entity.AssignmentPolicy;

class OwnerChoiceTest {

    private final List<Candidate> members = List.of(
            new Candidate("cecilia", true, 3),
            new Candidate("adam", false, 0),
            new Candidate("bea", true, 1));

    @Test
    void manualChoosesNobody() {
        assertThat(OwnerChoice.choose(AssignmentPolicy.MANUAL, members, null)).isEmpty();
    }

    @Test
    void nobodyToChooseFromChoosesNobody() {
        for (var policy : AssignmentPolicy.values()) {
            assertThat(OwnerChoice.choose(policy, List.of(), "adam")).isEmpty();
        }
    }

    @Test
    void roundRobinTakesTurnsInUsernameOrderAndWrapsAround() {
        var chosen = new ArrayList<String>();
        String last = null;
        for (int i = 0; i < 4; i++) {
            last = OwnerChoice.choose(AssignmentPolicy.ROUND_ROBIN, members, last).orElseThrow();
            chosen.add(last);
        }
        assertThat(chosen).containsExactly("adam", "bea", "cecilia", "adam");
    }

    @Test
    void roundRobinContinuesAfterAMemberWhoLeft() {
        assertThat(OwnerChoice.choose(AssignmentPolicy.ROUND_ROBIN, members, "berit")).contains("cecilia");
        assertThat(OwnerChoice.choose(AssignmentPolicy.ROUND_ROBIN, members, "zorro")).contains("adam");
    }

    @Test
    void leastLoadedPicksThePresentMemberWithFewestOpenCases() {
        // adam has none but is away.
        assertThat(OwnerChoice.choose(AssignmentPolicy.LEAST_LOADED, members, null)).contains("bea");
    }

    @Test
    void leastLoadedBreaksTiesByUsername() {
        var tied = List.of(new Candidate("david", true, 2), new Candidate("bertil", true, 2), new Candidate("eva", true, 5));
        assertThat(OwnerChoice.choose(AssignmentPolicy.LEAST_LOADED, tied, null)).contains("bertil");
    }

    @Test
    void leastLoadedChoosesNobodyWhenNobodyIsPresent() {
        var away = List.of(new Candidate("adam", false, 0), new Candidate("bea", false, 1));
        assertThat(OwnerChoice.choose(AssignmentPolicy.LEAST_LOADED, away, null)).isEmpty();
    }
}
