package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import se.ingang.routing.boundary.RoutingTables;
import se.ingang.routing.control.RoutingTableView;
import se.ingang.platform.errors.InvalidInputException;

/** The routing table page: its rules as deployed, the DMN to download, and a changed DMN to upload (administrators). */
@Named
@RequestScoped
public class RoutingScreen {

    @Inject
    RoutingTables tables;

    @Inject
    AdminAccess adminAccess;

    private RoutingTableView table;
    private Part upload;

    public RoutingTableView getTable() {
        if (table == null) {
            table = tables.current();
        }
        return table;
    }

    /** Sends the deployed DMN as a file; managers may read it as well (same rule as GET /api/routing-table/dmn). */
    public void download() throws IOException {
        byte[] xml = tables.currentXml();
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/xml");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"routing.dmn\"");
        external.setResponseContentLength(xml.length);
        external.getResponseOutputStream().write(xml);
        faces.responseComplete();
    }

    public String deploy() throws IOException {
        adminAccess.require();
        if (upload == null || upload.getSize() == 0) {
            fieldError(Texts.text("routing.error.empty"));
            return null;
        }
        if (upload.getSize() > RoutingTables.MAX_XML_BYTES) {
            fieldError(Texts.text("routing.error.tooLarge"));
            return null;
        }
        byte[] xml;
        try (InputStream in = upload.getInputStream()) {
            xml = in.readAllBytes();
        }
        try {
            table = tables.upload(xml);
        } catch (InvalidInputException e) {
            // The validator's own explanation (which rule, which group) is what the administrator needs to fix the file.
            fieldError(Texts.text("routing.error.invalid", String.join("; ", e.fieldErrors().values())));
            return null;
        }
        Texts.info("routing.deployed", table.version());
        return null;
    }

    private static void fieldError(String text) {
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage("upload:dmn", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        Texts.error("routing.error.notDeployed");
        faces.validationFailed();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
