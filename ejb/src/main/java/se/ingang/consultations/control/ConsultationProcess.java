package se.ingang.consultations.control;

import se.ingang.cases.entity.Case;
import se.ingang.consultations.entity.Consultation;

/**
 * The domain's port to the process engine for consultations: each open consultation is a
 * sub-task (for the consulted group) inside its case's process, so one enquiry that needs
 * several units stays one case with parallel sub-tasks. Implemented in the workflows module.
 */
public interface ConsultationProcess {

    /** Starts the consulted group's sub-task in the case's process (the consultation has its id). */
    void consult(Case c, Consultation consultation);

    /** Ends the sub-task because the consultation was answered or withdrawn. */
    void end(Case c, Consultation consultation);
}
