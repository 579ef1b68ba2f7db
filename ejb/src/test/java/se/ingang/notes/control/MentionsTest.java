package se.ingang.notes.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsEachMentionOnceInOrder_lowerCased() {
        assertThat(Mentions.in("@Anna kan du titta? Och @handler-1a2b, samt @anna igen."))
                .containsExactly("anna", "handler-1a2b");
    }

    @Test
    void punctuationAfterANameEndsIt() {
        assertThat(Mentions.in("Fråga @greta. Eller @finance, eller (@hr)!")).containsExactly("greta", "finance", "hr");
    }

    @Test
    void anEmailAddressIsNotAMention() {
        assertThat(Mentions.in("Kunden skrev från anna@example.se och a.b@uni.se")).isEmpty();
    }

    @Test
    void swedishLettersBelongToTheName() {
        assertThat(Mentions.in("Hej @örjan och @åsa_ö")).containsExactly("örjan", "åsa_ö");
    }

    @Test
    void aLoneAtSignOrNoTextHasNoMentions() {
        assertThat(Mentions.in("Möte @ 10, eller @@ eller @.")).isEmpty();
        assertThat(Mentions.in(null)).isEmpty();
    }
}
