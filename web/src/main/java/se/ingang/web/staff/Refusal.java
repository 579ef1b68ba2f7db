package se.ingang.web.staff;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** A page's view action refusing a visitor: 403, shown as the workspace's forbidden page (as AdminScreen does). */
final class Refusal {

    private Refusal() {
    }

    /** Sends 403 and ends the request unless allowed; true when refused. */
    static boolean refused(boolean allowed) throws IOException {
        if (allowed) {
            return false;
        }
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(403, "Forbidden");
        faces.responseComplete();
        return true;
    }
}
