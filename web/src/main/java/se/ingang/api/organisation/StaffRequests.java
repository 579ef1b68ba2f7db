package se.ingang.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import se.ingang.organisation.entity.StaffRole;

/** The request bodies of /api/staff and /api/me. */
public final class StaffRequests {

    private StaffRequests() {
    }

    /** POST /api/staff; the password is optional (set it later with PUT …/password). */
    public record NewStaff(@NotBlank String username, @NotBlank String displayName, String email,
                           @NotNull Set<StaffRole> roles, Set<String> queues, String password) {
    }

    public record Details(@NotBlank String displayName, String email) {
    }

    public record Password(@NotNull @Size(max = 200) String password) {
    }

    public record Roles(@NotNull Set<StaffRole> roles) {
    }

    public record Queues(@NotNull Set<String> queues) {
    }

    public record Active(@NotNull Boolean active) {
    }

    public record Presence(@NotNull Boolean present) {
    }
}
