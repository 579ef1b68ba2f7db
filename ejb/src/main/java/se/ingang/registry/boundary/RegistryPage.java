package se.ingang.registry.boundary;

import java.util.List;
import java.util.Set;
import se.ingang.registry.entity.Registration;

/** One page of the registry, newest number first; the ids of entries whose title the reader may not see. */
public record RegistryPage(List<Registration> items, Set<Long> withheldTitles, long total, int page, int size) {

    public RegistryPage {
        withheldTitles = Set.copyOf(withheldTitles);
    }

    /** The entry's title as this reader may see it: null when withheld. */
    public String titleOf(Registration r) {
        return withheldTitles.contains(r.getId()) ? null : r.getTitle();
    }
}
