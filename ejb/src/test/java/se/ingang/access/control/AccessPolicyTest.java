package se.ingang.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ingang.organisation.entity.StaffRole;

class AccessPolicyTest {

    /** Came in through fo-study, now in admissions, owned by nobody. */
    private final CaseFacts inAdmissions = new CaseFacts("admissions", "fo-study", null);
    /** Still in the front office. */
    private final CaseFacts inFrontOffice = new CaseFacts("fo-it", "fo-it", null);

    private static StaffMember member(String name, StaffRole role, String... queues) {
        return new StaffMember(name, EnumSet.of(role), Set.of(queues));
    }

    @Test
    void handlerOpensAndWorksTheCasesOfTheirGroups() {
        var david = member("david", StaffRole.HANDLER, "admissions", "examinations");
        assertThat(AccessPolicy.mayRead(david, inAdmissions)).isTrue();
        assertThat(AccessPolicy.mayWork(david, inAdmissions)).isTrue();
    }

    @Test
    void handlerOutsideTheGroupIsRefused() {
        var eva = member("eva", StaffRole.HANDLER, "finance");
        assertThat(AccessPolicy.mayRead(eva, inAdmissions)).isFalse();
        assertThat(AccessPolicy.mayWork(eva, inAdmissions)).isFalse();
        assertThat(AccessPolicy.mayRead(eva, inFrontOffice)).isFalse();
    }

    @Test
    void theAssigneeOpensTheirCaseWhereverItIs() {
        var eva = member("eva", StaffRole.HANDLER, "finance");
        var assignedToEva = new CaseFacts("admissions", "fo-study", "eva");
        assertThat(AccessPolicy.mayRead(eva, assignedToEva)).isTrue();
        assertThat(AccessPolicy.mayWork(eva, assignedToEva)).isTrue();
    }

    @Test
    void agentWorksTheirFrontOfficeAndReadsWhatCameInThere() {
        var anna = member("anna", StaffRole.AGENT, "fo-it", "fo-study");
        assertThat(AccessPolicy.mayWork(anna, inFrontOffice)).isTrue();
        assertThat(AccessPolicy.mayRead(anna, inAdmissions)).isTrue();
        assertThat(AccessPolicy.mayWork(anna, inAdmissions)).isFalse();
    }

    @Test
    void agentOfAnotherFrontOfficeIsRefused() {
        var bertil = member("bertil", StaffRole.AGENT, "fo-registry");
        assertThat(AccessPolicy.mayRead(bertil, inFrontOffice)).isFalse();
        assertThat(AccessPolicy.mayWork(bertil, inFrontOffice)).isFalse();
        assertThat(AccessPolicy.mayRead(bertil, inAdmissions)).isFalse();
    }

    @Test
    void managerReadsEverythingButConfiguresNothing() {
        var greta = member("greta", StaffRole.MANAGER);
        assertThat(AccessPolicy.mayRead(greta, inAdmissions)).isTrue();
        assertThat(AccessPolicy.mayRead(greta, inFrontOffice)).isTrue();
        assertThat(AccessPolicy.mayWork(greta, inAdmissions)).isFalse();
        assertThat(AccessPolicy.mayConfigure(greta)).isFalse();
        assertThat(AccessPolicy.visibility(greta).all()).isTrue();
    }

    @Test
    void administratorDoesEverything() {
        var admin = member("admin", StaffRole.ADMINISTRATOR);
        assertThat(AccessPolicy.mayConfigure(admin)).isTrue();
        assertThat(AccessPolicy.mayRead(admin, inAdmissions)).isTrue();
        assertThat(AccessPolicy.mayWork(admin, inAdmissions)).isTrue();
        assertThat(AccessPolicy.visibility(admin).all()).isTrue();
    }

    @Test
    void nobodyWithoutARoleSeesAnything() {
        var noRole = new StaffMember("ghost", Set.of(), Set.of("admissions"));
        var assignedToGhost = new CaseFacts("admissions", "fo-study", "ghost");
        assertThat(AccessPolicy.mayRead(noRole, assignedToGhost)).isFalse();
        assertThat(AccessPolicy.mayWork(noRole, assignedToGhost)).isFalse();
        var visible = AccessPolicy.visibility(noRole);
        assertThat(visible.all()).isFalse();
        assertThat(visible.queues()).isEmpty();
        assertThat(visible.assignee()).isNull();
    }

    @Test
    void listVisibilityMatchesTheReadRule() {
        var anna = AccessPolicy.visibility(member("anna", StaffRole.AGENT, "fo-it"));
        assertThat(anna.all()).isFalse();
        assertThat(anna.queues()).containsExactly("fo-it");
        assertThat(anna.frontOffices()).containsExactly("fo-it");
        assertThat(anna.assignee()).isEqualTo("anna");

        var david = AccessPolicy.visibility(member("david", StaffRole.HANDLER, "admissions"));
        assertThat(david.queues()).containsExactly("admissions");
        assertThat(david.frontOffices()).isEmpty();
        assertThat(david.assignee()).isEqualTo("david");
    }

    @Test
    void notificationsOfOneselfAndOnesQueuesOnly() {
        var eva = member("eva", StaffRole.HANDLER, "finance");
        assertThat(AccessPolicy.mayReadNotificationsOf(eva, "eva")).isTrue();
        assertThat(AccessPolicy.mayReadNotificationsOf(eva, "finance")).isTrue();
        assertThat(AccessPolicy.mayReadNotificationsOf(eva, "david")).isFalse();
        assertThat(AccessPolicy.mayReadNotificationsOf(eva, "admissions")).isFalse();
        assertThat(AccessPolicy.mayReadNotificationsOf(member("greta", StaffRole.MANAGER), "admissions")).isTrue();
    }

    @Test
    void queueListsAreReadByMembersAndThoseWhoReadEverything() {
        var anna = member("anna", StaffRole.AGENT, "fo-it");
        assertThat(AccessPolicy.mayReadQueue(anna, "fo-it")).isTrue();
        assertThat(AccessPolicy.mayReadQueue(anna, "fo-study")).isFalse();
        assertThat(AccessPolicy.mayReadQueue(member("greta", StaffRole.MANAGER), "fo-study")).isTrue();
        assertThat(AccessPolicy.mayWorkIn(member("greta", StaffRole.MANAGER), "fo-study")).isFalse();
        assertThat(AccessPolicy.mayWorkIn(member("admin", StaffRole.ADMINISTRATOR), "fo-study")).isTrue();
        assertThat(AccessPolicy.mayWorkIn(anna, "fo-it")).isTrue();
    }

    @Test
    void aConsultationIsReadByTheCasesReadersAndTheGroupAsked() {
        var eva = member("eva", StaffRole.HANDLER, "finance");
        var david = member("david", StaffRole.HANDLER, "admissions");
        var fredrik = member("fredrik", StaffRole.HANDLER, "facilities");
        assertThat(AccessPolicy.mayReadConsultation(eva, inAdmissions, "finance")).as("the group asked").isTrue();
        assertThat(AccessPolicy.mayReadConsultation(david, inAdmissions, "finance")).as("the case's group").isTrue();
        assertThat(AccessPolicy.mayReadConsultation(fredrik, inAdmissions, "finance")).isFalse();
        assertThat(AccessPolicy.mayWorkIn(eva, "finance")).as("answers it").isTrue();
        assertThat(AccessPolicy.mayWorkIn(david, "finance")).as("asked, does not answer").isFalse();
    }

    @Test
    void cannedAnswersAreMaintainedByManagersAndAdministrators() {
        assertThat(AccessPolicy.mayMaintainAnswers(member("greta", StaffRole.MANAGER))).isTrue();
        assertThat(AccessPolicy.mayMaintainAnswers(member("admin", StaffRole.ADMINISTRATOR))).isTrue();
        assertThat(AccessPolicy.mayMaintainAnswers(member("anna", StaffRole.AGENT, "fo-it"))).isFalse();
        assertThat(AccessPolicy.mayMaintainAnswers(member("eva", StaffRole.HANDLER, "finance"))).isFalse();
    }

    @Test
    void theIntegrationAccountFeedsCallsAndDoesNothingElse() {
        var phoneSystem = member("phone-system", StaffRole.INTEGRATION, "fo-it");
        var assigned = new CaseFacts("fo-it", "fo-it", "phone-system");
        assertThat(AccessPolicy.mayFeedCalls(phoneSystem)).isTrue();
        assertThat(AccessPolicy.mayFeedCalls(member("admin", StaffRole.ADMINISTRATOR))).isTrue();
        assertThat(AccessPolicy.mayFeedCalls(member("greta", StaffRole.MANAGER))).isFalse();
        assertThat(AccessPolicy.mayFeedCalls(member("anna", StaffRole.AGENT, "fo-it"))).isFalse();

        assertThat(phoneSystem.isStaff()).isFalse();
        assertThat(AccessPolicy.mayRead(phoneSystem, assigned)).isFalse();
        assertThat(AccessPolicy.mayWork(phoneSystem, assigned)).isFalse();
        assertThat(AccessPolicy.mayReadQueue(phoneSystem, "fo-it")).isFalse();
        assertThat(AccessPolicy.mayWorkIn(phoneSystem, "fo-it")).isFalse();
        assertThat(AccessPolicy.mayConfigure(phoneSystem)).isFalse();
        assertThat(AccessPolicy.readsEverything(phoneSystem)).isFalse();
        assertThat(AccessPolicy.mayReadNotificationsOf(phoneSystem, "phone-system")).isFalse();
        var visible = AccessPolicy.visibility(phoneSystem);
        assertThat(visible.all()).isFalse();
        assertThat(visible.queues()).isEmpty();
        assertThat(visible.assignee()).isNull();
    }

    @Test
    void anAgentMergesRecordsOnlyWhenTheyWorkEveryCaseOfBoth() {
        var anna = member("anna", StaffRole.AGENT, "fo-it");
        assertThat(AccessPolicy.mayMergeCustomers(anna, List.of(inFrontOffice, inFrontOffice))).isTrue();
        assertThat(AccessPolicy.mayMergeCustomers(anna, List.of(inFrontOffice, inAdmissions)))
                .as("one case she may only read").isFalse();
        assertThat(AccessPolicy.mayMergeCustomers(member("greta", StaffRole.MANAGER), List.of(inAdmissions))).isTrue();
        assertThat(AccessPolicy.mayMergeCustomers(member("admin", StaffRole.ADMINISTRATOR), List.of(inAdmissions))).isTrue();
        assertThat(AccessPolicy.mayMergeCustomers(member("david", StaffRole.HANDLER, "admissions"), List.of(inAdmissions)))
                .as("handlers maintain no customer records").isFalse();
    }

    @Test
    void anAgentChangesAPersonsRecordOnlyWhenTheyWorkOneOfTheirCases() {
        var anna = member("anna", StaffRole.AGENT, "fo-it");
        assertThat(AccessPolicy.mayChangeCustomer(anna, List.of(inAdmissions, inFrontOffice))).isTrue();
        assertThat(AccessPolicy.mayChangeCustomer(anna, List.of(inAdmissions))).isFalse();
        assertThat(AccessPolicy.mayChangeCustomer(anna, List.of())).isFalse();
        assertThat(AccessPolicy.mayChangeCustomer(member("greta", StaffRole.MANAGER), List.of())).isTrue();
    }

    @Test
    void theFrontOfficeLooksUpAnyone_aHandlerOnlyThePeopleOfCasesTheyWork_theTelephoneSystemNoOne() {
        var david = member("david", StaffRole.HANDLER, "admissions");
        assertThat(AccessPolicy.mayLookUpCustomer(member("anna", StaffRole.AGENT, "fo-it"), List.of())).isTrue();
        assertThat(AccessPolicy.mayLookUpCustomer(member("greta", StaffRole.MANAGER), List.of())).isTrue();
        assertThat(AccessPolicy.mayLookUpCustomer(david, List.of(inAdmissions))).isTrue();
        assertThat(AccessPolicy.mayLookUpCustomer(david, List.of(inFrontOffice))).isFalse();
        assertThat(AccessPolicy.mayLookUpCustomer(member("phone-system", StaffRole.INTEGRATION), List.of(inAdmissions))).isFalse();
    }

    @Test
    void anImprovementItemIsFollowedUpByItsOwnerWhoLoggedItAndManagers() {
        var david = member("david", StaffRole.HANDLER, "admissions");
        assertThat(AccessPolicy.mayFollowUpImprovement(david, "david", "greta")).isTrue();
        assertThat(AccessPolicy.mayFollowUpImprovement(david, "admissions", "greta")).as("owned by his queue").isTrue();
        assertThat(AccessPolicy.mayFollowUpImprovement(david, "eva", "david")).as("he logged it").isTrue();
        assertThat(AccessPolicy.mayFollowUpImprovement(david, "eva", "greta")).isFalse();
        assertThat(AccessPolicy.mayFollowUpImprovement(member("greta", StaffRole.MANAGER), "eva", "eva")).isTrue();
        assertThat(AccessPolicy.mayFollowUpImprovement(member("phone-system", StaffRole.INTEGRATION), "phone-system", "x"))
                .isFalse();
    }
}
