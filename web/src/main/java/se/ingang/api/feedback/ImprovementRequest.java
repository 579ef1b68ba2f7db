package se.ingang.api.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** POST /api/improvements: log an improvement from a feedback case or a low survey score. */
public record ImprovementRequest(@NotBlank @Size(max = 20) String caseNumber,
                                 @NotBlank @Size(max = 2000) String cause,
                                 @NotBlank @Size(max = 2000) String action,
                                 @NotBlank @Size(max = 100) String owner,
                                 @NotNull LocalDate dueDate) {
}
