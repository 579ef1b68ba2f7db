package se.ingang.feedback.control;

/**
 * The survey invitation: one bilingual text with the case tag and the private link. The
 * stored copy of the mail holds a placeholder where the link was.
 */
public record SurveyInvitation(String subject, String body, String linkPlaceholder) {

    private static final String PLACEHOLDER = "(länken fanns i mejlet vi skickade / the link was in the e-mail we sent)";

    public static SurveyInvitation of(String caseNumber) {
        return new SurveyInvitation("[Ärende " + caseNumber + "] Hur nöjd är du? / How did we do?", """
                Hej!

                Ditt ärende %1$s är avslutat. Hur nöjd är du med hjälpen du fick?
                Svara med ett klick här (tar en halv minut): %2$s

                Hi!

                Your case %1$s is closed. How satisfied are you with the help you got?
                Answer here (takes half a minute): %2$s

                Kundtjänsten / Customer service
                """.formatted(caseNumber, PLACEHOLDER), PLACEHOLDER);
    }
}
