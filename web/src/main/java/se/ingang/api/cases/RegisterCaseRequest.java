package se.ingang.api.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.ingang.cases.entity.CaseType;
import se.ingang.cases.entity.Channel;
import se.ingang.cases.entity.Priority;

/** POST /api/cases: a contact to register; language is what it was written in (answers follow it). Limits follow the database columns, so input fails here, not at insert. */
public record RegisterCaseRequest(
        @NotNull Channel channel,
        @NotBlank @Size(max = 300) String subject,
        @NotBlank @Size(max = Limits.TEXT) String message,
        @NotNull @Valid CustomerInput customer,
        @Size(max = Limits.CODE) String topic,
        @Size(max = Limits.CODE) String frontOffice,
        CaseType type,
        Priority priority,
        @Size(max = 40) String consentTextVersion,
        @Pattern(regexp = "sv|en", message = "must be sv or en") String language) {
}
