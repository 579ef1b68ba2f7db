package se.ingang.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ingang.cases.boundary.CaseVisibility;
import se.ingang.search.boundary.SearchScope;

class CaseSearchQueryTest {

    @Test
    void aCaseNumberOrItsBeginningUsesTheNumberIndex() {
        var query = CaseSearchQuery.of(" 2026-0001 ", SearchScope.all()).orElseThrow();
        assertThat(query.sql()).contains("case_number LIKE :number").doesNotContain("MATCH");
        assertThat(query.parameters()).containsEntry("number", "2026-0001%");
    }

    @Test
    void anEmailAddressIsMatchedExactly_inLowerCase() {
        var query = CaseSearchQuery.of("Asa.Oberg@Example.se", SearchScope.all()).orElseThrow();
        assertThat(query.sql()).contains("cu.email = :email").doesNotContain("MATCH");
        assertThat(query.parameters()).containsEntry("email", "asa.oberg@example.se");
    }

    @Test
    void everyWordMustOccurSomewhere_andAllWordsRank() {
        var query = CaseSearchQuery.of("Öberg wifi", SearchScope.all()).orElseThrow();
        assertThat(query.parameters()).containsEntry("words", "öberg* wifi*").containsEntry("w0", "öberg*")
                .containsEntry("w1", "wifi*");
        assertThat(query.sql()).contains("MATCH(subject)", "MATCH(cu.name)", "MATCH(body)", "AGAINST (:w1 IN BOOLEAN MODE)")
                .doesNotContain("q.code IN");
    }

    @Test
    void theScopeIsPartOfTheQueryAndItsCount() {
        var query = CaseSearchQuery.of("wifi", SearchScope.of(Set.of("finance"), "anna")).orElseThrow();
        assertThat(query.sql()).contains("(q.code IN (:queues) OR c.assignee = :assignee)");
        assertThat(query.countSql()).contains("(q.code IN (:queues) OR c.assignee = :assignee)");
        assertThat(query.parameters()).containsEntry("queues", List.of("finance")).containsEntry("assignee", "anna");
    }

    @Test
    void anAgentsScopeIncludesTheirFrontOfficesCases_andNarrowingNeverWidens() {
        var visible = CaseVisibility.limitedTo(Set.of("fo-it"), Set.of("fo-it"), "anna");
        var query = CaseSearchQuery.of("wifi", SearchScope.of(visible).narrowedTo(Set.of("finance"))).orElseThrow();
        assertThat(query.sql()).contains("(q.code IN (:queues) OR c.front_office_id IN (SELECT fo.id FROM queue fo"
                + " WHERE fo.code IN (:frontOffices)) OR c.assignee = :assignee) AND q.code IN (:onlyQueues)");
        assertThat(query.countSql()).contains("AND q.code IN (:onlyQueues)");
        assertThat(query.parameters()).containsEntry("frontOffices", List.of("fo-it"))
                .containsEntry("onlyQueues", List.of("finance"));

        var everything = CaseSearchQuery.of("wifi", SearchScope.of(CaseVisibility.ALL)).orElseThrow();
        assertThat(everything.sql()).doesNotContain("q.code IN", ":assignee");
        assertThat(CaseSearchQuery.of("wifi", SearchScope.of(CaseVisibility.limitedTo(Set.of(), Set.of(), null)))).isEmpty();
    }

    @Test
    void nothingSearchableOrAnEmptyScopeGivesNoQuery() {
        assertThat(CaseSearchQuery.of("på i", SearchScope.all())).isEmpty();
        assertThat(CaseSearchQuery.of("wifi", SearchScope.of(Set.of(), null))).isEmpty();
    }

    @Test
    void wordsAreDistinctLowerCaseAndAtMostTen() {
        assertThat(CaseSearchQuery.words("Wifi wifi WIFI eduroam")).containsExactly("wifi", "eduroam");
        assertThat(CaseSearchQuery.words("aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk")).hasSize(10);
    }
}
