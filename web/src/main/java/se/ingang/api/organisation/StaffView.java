package se.ingang.api.organisation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.organisation.entity.StaffUser;

/** A member of staff; never their password, only whether they have one. */
@JsonbPropertyOrder({"username", "displayName", "email", "roles", "queues", "active", "present", "hasPassword"})
public record StaffView(String username, String displayName, String email, List<StaffRole> roles, List<String> queues,
                        boolean active, boolean present, boolean hasPassword) {

    static StaffView of(StaffUser user) {
        return new StaffView(user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles().stream().sorted().toList(),
                user.getQueues().stream().map(Queue::getCode).sorted().toList(),
                user.isActive(), user.isPresent(), user.getPassword().isPresent());
    }
}
