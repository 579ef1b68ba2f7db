package se.ingang.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    void everyWordIsRequiredAsAPrefix_lowerCased() {
        assertThat(FullTextQuery.allWordsAsPrefixes("Betala Studieavgift", 3)).isEqualTo("+betala* +studieavgift*");
    }

    @Test
    void operatorsInTheInputAreOnlySeparators() {
        assertThat(FullTextQuery.allWordsAsPrefixes("-wifi +\"eduroam\" (nät)* @3 ~x <y>", 3))
                .isEqualTo("+wifi* +eduroam* +nät*");
    }

    @Test
    void swedishLettersStayInTheWord_andShortWordsAreLeftOut() {
        assertThat(FullTextQuery.allWordsAsPrefixes("Åsa Öberg på IT", 3)).isEqualTo("+åsa* +öberg*");
        assertThat(FullTextQuery.allWordsAsPrefixes("på IT", 3)).isEmpty();
        assertThat(FullTextQuery.allWordsAsPrefixes(null, 3)).isEmpty();
    }

    @Test
    void anyWordMayMatchForRanking() {
        assertThat(FullTextQuery.anyWordAsPrefix("Åsa Öberg", 3)).isEqualTo("åsa* öberg*");
    }
}
