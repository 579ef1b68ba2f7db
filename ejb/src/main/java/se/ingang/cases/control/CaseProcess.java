package se.ingang.cases.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.CustomerGroup;

/**
 * The domain's port to the process engine that drives each case's lifecycle. The domain
 * changes the case first; then it tells the process, in the same transaction, so case data
 * and process state commit or roll back together. Implemented in the workflows module.
 */
public interface CaseProcess {

    /** Starts the lifecycle of a newly registered case (it waits for triage). */
    void start(Case c);

    /** Asks the routing decision table, without changing anything. */
    Optional<RoutingSuggestion> suggestRouting(CustomerGroup customerGroup, CaseType type, String topicCode);

    /** Triage finished with "route": the routing decision (or the agent's choice) picks the group. */
    void route(Case c, Optional<String> chosenGroup);

    /** The case is resolved (at triage or in handling); the reopen window starts. */
    void resolve(Case c, Duration reopenWindow);

    void transfer(Case c, String toGroup);

    void returnToFrontOffice(Case c);

    /** We asked the customer: remind them at reminderAt, close the case at autoCloseAt if they stay silent. */
    void awaitCustomer(Case c, Instant reminderAt, Instant autoCloseAt);

    /** The customer wrote while we waited for them, or inside the reopen window. */
    void customerReplied(Case c);

    /** Staff closed a resolved case before its reopen window ended. */
    void closeNow(Case c);

    /** True while the case's process instance exists (it ends when the case is closed). */
    boolean isRunning(Case c);
}
