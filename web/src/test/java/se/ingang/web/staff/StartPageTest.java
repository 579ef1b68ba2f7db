package se.ingang.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.entity.StaffRole;

class StartPageTest {

    @Test
    void eachRoleArrivesAtTheWorkItDoesMost() {
        assertThat(StartPage.forRoles(Set.of(StaffRole.AGENT)).path()).isEqualTo("/staff/queue.xhtml");
        assertThat(StartPage.forRoles(Set.of(StaffRole.HANDLER)).path()).isEqualTo("/staff/groups.xhtml");
        assertThat(StartPage.forRoles(Set.of(StaffRole.MANAGER)).path()).isEqualTo("/staff/dashboard.xhtml");
        assertThat(StartPage.forRoles(Set.of(StaffRole.ADMINISTRATOR)).path()).isEqualTo("/staff/admin.xhtml");
    }

    @Test
    void anAgentWorksTheInboxWhateverElseTheyAre() {
        assertThat(StartPage.forRoles(Set.of(StaffRole.ADMINISTRATOR, StaffRole.AGENT))).isEqualTo(StartPage.INBOX);
        assertThat(StartPage.forRoles(Set.of(StaffRole.MANAGER, StaffRole.HANDLER))).isEqualTo(StartPage.GROUP_QUEUE);
        assertThat(StartPage.forRoles(Set.of(StaffRole.MANAGER, StaffRole.ADMINISTRATOR))).isEqualTo(StartPage.DASHBOARD);
    }

    @Test
    void withoutAStaffRoleTheInboxRefusesThem() {
        assertThat(StartPage.forRoles(Set.of())).isEqualTo(StartPage.INBOX);
        assertThat(StartPage.forRoles(Set.of(StaffRole.INTEGRATION))).isEqualTo(StartPage.INBOX);
    }
}
