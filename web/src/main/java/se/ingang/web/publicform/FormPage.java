package se.ingang.web.publicform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import se.ingang.cases.entity.CaseType;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.publicform.boundary.FormRejectedException;
import se.ingang.publicform.boundary.PublicForm;
import se.ingang.publicform.boundary.Receipt;
import se.ingang.publicform.boundary.TopicChoice;
import se.ingang.publicform.control.FormLimits;
import se.ingang.publicform.control.FormSettings;
import se.ingang.publicform.control.WebFormInput;

/**
 * The public form (/public/form.xhtml). Holds what the customer typed for one request, so
 * an error re-shows the page with everything still filled in; the rules are the domain's.
 */
@Named
@RequestScoped
public class FormPage {

    static final String FORM_ID = "f";

    @Inject
    PublicForm publicForm;

    @Inject
    PublicLanguage language;

    @Inject
    FormSettings settings;

    private String customerGroup;
    private String type;
    private String topic;
    private String subject;
    private String message;
    private List<Part> attachments = new ArrayList<>();
    private String name;
    private String email;
    private String phone;
    private boolean consent;
    private String website;
    private Receipt receipt;
    private final PageErrors errors = new PageErrors(FORM_ID);

    public String submit() {
        var input = new WebFormInput(customerGroup, type, topic, subject, message, name, email, phone, consent,
                FormSettings.PRIVACY_TEXT_VERSION, website, language.getCode(), Uploads.of(attachments));
        try {
            receipt = publicForm.submit(input, clientAddress());
            return "confirmation";
        } catch (FormRejectedException e) {
            var texts = language.texts();
            switch (e.reason()) {
                case TOO_MANY -> errors.addGeneral(texts.getString("error.tooMany"));
                case AUTOMATED -> errors.addGeneral(texts.getString("error.automated"));
                case INVALID -> errors.add(e.errors(), texts, language.getLocale());
            }
            if (!Uploads.of(attachments).isEmpty()) {
                errors.addNote(texts.getString("error.attachments.reselect"));
            }
            return null;
        }
    }

    static String clientAddress() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getRemoteAddr();
    }

    public List<CustomerGroup> getCustomerGroups() {
        return List.of(CustomerGroup.values());
    }

    public List<CaseType> getTypes() {
        return CaseType.choosable();
    }

    public List<TopicChoice> getTopics() {
        return publicForm.topics(language.getCode());
    }

    /** The privacy text in force, in the page's language; its version goes with the consent. */
    public String getPrivacyText() {
        return language.texts().getString("privacy.text." + FormSettings.PRIVACY_TEXT_VERSION);
    }

    public String getPrivacyVersion() {
        return FormSettings.PRIVACY_TEXT_VERSION;
    }

    /** The address of the status page, the same as in the receipt mail. */
    public String getStatusUrl() {
        return settings.statusUrl(receipt.token());
    }

    public FormLimits getLimits() {
        return settings.limits();
    }

    public PageErrors getErrors() {
        return errors;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<Part> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Part> attachments) {
        this.attachments = attachments;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
