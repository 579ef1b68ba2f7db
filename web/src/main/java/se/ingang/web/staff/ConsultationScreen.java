package se.ingang.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.api.problems.ProblemMapping;
import se.ingang.consultations.boundary.Consultations;

/**
 * Questions from other groups waiting for an answer from a group the signed-in person works in.
 * Answering needs work rights in the group asked (as POST /api/consultations/{id}/answer),
 * not in the case, so a back-office member can answer about a case they cannot open.
 */
@Named
@ViewScoped
public class ConsultationScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceReads reads;

    @Inject
    Consultations consultations;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private List<ConsultationRow> open = List.of();
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        open = reads.openConsultations(user.getName());
    }

    public void answer(ConsultationRow k) {
        String text = answers.get(k.id());
        if (text == null || text.isBlank()) {
            Texts.error("case.required", Texts.text("consult.answer"));
            return;
        }
        try {
            access.checkWorkIn(k.group(), user.getName());
            consultations.answer(k.id(), k.version(), text, user.getName());
            answers.remove(k.id());
            Texts.info("case.done", Texts.text("done.consultAnswered"));
        } catch (RuntimeException e) {
            var problem = ProblemMapping.toProblem(e);
            if (problem.status() >= 500) {
                throw e;
            }
            Texts.error("case.notAllowed", problem.detail());
        }
        load();
    }

    public List<ConsultationRow> getOpen() {
        return open;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
