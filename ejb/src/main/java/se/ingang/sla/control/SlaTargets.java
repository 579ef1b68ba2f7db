package se.ingang.sla.control;

import java.time.Duration;

/**
 * The targets a policy gives a case, in business time: for the customer (first response,
 * resolution) and per leg inside the organisation (front-office triage, back-office
 * handling by each group); the warning comes at warningShare of a target.
 */
public record SlaTargets(Duration firstResponse, Duration resolution, Duration triage, Duration handling,
                         double warningShare, String policyVersion) {

    public SlaTargets {
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("warning share must lie between 0 and 1, was " + warningShare);
        }
    }
}
