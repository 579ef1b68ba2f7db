package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.telephony.boundary.CallImports;
import se.ingang.telephony.boundary.ImportReport;
import se.ingang.telephony.control.CallLogCsv;

/**
 * The phone page: a call log exported from the telephone system, uploaded as CSV, with the
 * import's report row by row. Only those who may feed calls (as POST /api/calls/imports).
 */
@Named
@RequestScoped
public class PhoneScreen {

    @Inject
    CallImports imports;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private Part file;
    private ImportReport report;

    public boolean isMayImport() {
        return AccessPolicy.mayFeedCalls(access.who(user.getName()));
    }

    public void importCalls() {
        access.requireCallFeed(user.getName());
        if (file == null || file.getSize() == 0) {
            Texts.error("case.required", Texts.text("phone.file"));
            return;
        }
        try (var in = file.getInputStream()) {
            report = imports.importCsv(CallLogCsv.decode(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Texts.info("phone.imported", report.rows(), report.imported(), report.duplicates(), report.rejected());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
