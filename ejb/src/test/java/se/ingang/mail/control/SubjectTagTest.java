package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectTagTest {

    @Test
    void findsOurTagAmongRepliesAndOtherSystemsTags() {
        assertThat(SubjectTag.caseNumberIn("Re: [Ärende 2026-000123] Betyg")).contains("2026-000123");
        assertThat(SubjectTag.caseNumberIn("SV: [Ticket #4711] [Ärende 2026-000123] Betyg")).contains("2026-000123");
        assertThat(SubjectTag.caseNumberIn("[Ärende 2026-000123] Re: [JIRA-12] x")).contains("2026-000123");
    }

    @Test
    void foreignTicketTagsAreNotOurs() {
        assertThat(SubjectTag.caseNumberIn("[Ticket #2026-000123] Betyg")).isEmpty();
        assertThat(SubjectTag.caseNumberIn("[Ärende #88] from another system")).isEmpty();
        assertThat(SubjectTag.caseNumberIn("[ServiceNow INC2026-000123]")).isEmpty();
        assertThat(SubjectTag.caseNumberIn(null)).isEmpty();
    }

    @Test
    void taggedSubjectsCarryTheTagOnceWithoutReplyPrefixes() {
        assertThat(SubjectTag.tagged("2026-000001", "Re: SV: [Ärende 2026-000001] Fråga")).isEqualTo("[Ärende 2026-000001] Fråga");
        assertThat(SubjectTag.tagged("2026-000001", "")).isEqualTo("[Ärende 2026-000001]");
    }
}
