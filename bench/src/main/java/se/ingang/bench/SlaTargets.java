package se.ingang.bench;

/**
 * The deadlines a new case gets, in business seconds: the rows of
 * workflows/src/main/resources/dmn/sla-policy.dmn (hit policy FIRST), copied so generated
 * deadlines look like the application's. A changed table does not change generated data.
 */
record SlaTargets(long firstResponse, long resolution, long triage, long handling, double warningShare) {

    private static final long H = 3600;

    static SlaTargets of(String priority, String customerGroup, String caseType, String channel) {
        if (priority.equals("URGENT")) {
            return new SlaTargets(H, 8 * H, H / 2, 4 * H, 0.8);
        }
        if (caseType.equals("CALLBACK")) {
            return new SlaTargets(2 * H, 8 * H, 2 * H, 8 * H, 0.75);
        }
        if (priority.equals("HIGH")) {
            return new SlaTargets(4 * H, 16 * H, H, 8 * H, 0.8);
        }
        if (customerGroup.equals("MEDIA")) {
            return new SlaTargets(2 * H, 8 * H, H, 4 * H, 0.8);
        }
        if (caseType.equals("FAULT_REPORT")) {
            return new SlaTargets(4 * H, 24 * H, H, 16 * H, 0.8);
        }
        if (channel.equals("PHONE")) {
            return new SlaTargets(4 * H, 40 * H, 2 * H, 24 * H, 0.8);
        }
        if (caseType.equals("FEEDBACK")) {
            return new SlaTargets(16 * H, 80 * H, 8 * H, 40 * H, 0.8);
        }
        return new SlaTargets(8 * H, 40 * H, 2 * H, 24 * H, 0.8);
    }
}
