package se.ingang.access.control;

import java.util.EnumSet;
import java.util.Set;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.organisation.entity.StaffUser;

/** Who asks, as the access rules see them: username, roles and the codes of their queues. */
public record StaffMember(String username, Set<StaffRole> roles, Set<String> queues) {

    public StaffMember {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        queues = Set.copyOf(queues);
    }

    public static StaffMember of(StaffUser user) {
        if (!user.isActive()) {
            return new StaffMember(user.getUsername(), Set.of(), Set.of());
        }
        return new StaffMember(user.getUsername(), user.getRoles(),
                user.getQueues().stream().map(Queue::getCode).collect(java.util.stream.Collectors.toSet()));
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** A person with a staff role; a machine account (INTEGRATION) alone is not one. */
    public boolean isStaff() {
        return roles.stream().anyMatch(role -> role != StaffRole.INTEGRATION);
    }
}
