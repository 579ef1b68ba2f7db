package se.ingang.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyFieldsThatDifferAreListedWithOldAndNewValue() {
        var before = new LinkedHashMap<String, Object>();
        before.put("status", "NEW");
        before.put("queue", "fo-study");
        before.put("assignee", null);
        var after = new LinkedHashMap<String, Object>(before);
        after.put("status", "IN_PROGRESS");
        after.put("assignee", "anna");

        assertThat(Changes.between(before, after).list()).containsExactly(
                new Changes.FieldChange("status", "NEW", "IN_PROGRESS"),
                new Changes.FieldChange("assignee", null, "anna"));
    }

    @Test
    void aNewThingListsEveryFieldWithAValueAndNoChangeListsNothing() {
        assertThat(Changes.between(Map.of(), Map.of("kind", "SCHOOL")).list())
                .containsExactly(new Changes.FieldChange("kind", null, "SCHOOL"));
        assertThat(Changes.between(Map.of("a", 1), Map.of("a", 1)).isEmpty()).isTrue();
    }

    @Test
    void collectionsCompareAsSortedSetsAndSecretsNeverShowTheirValue() {
        var changes = Changes.between()
                .field("roles", Set.of("MANAGER", "AGENT"), List.of("AGENT", "MANAGER"))
                .field("queues", List.of("b", "a"), List.of("c"))
                .secret("password", true)
                .secret("other", false);
        assertThat(changes.list()).containsExactly(
                new Changes.FieldChange("queues", "a, b", "c"),
                new Changes.FieldChange("password", null, "(changed)"));
    }
}
