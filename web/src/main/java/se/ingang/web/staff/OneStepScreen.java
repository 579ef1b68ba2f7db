package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ingang.api.problems.ProblemMapping;
import se.ingang.cases.boundary.TriageDecision;
import se.ingang.cases.entity.Channel;
import se.ingang.customers.entity.CustomerGroup;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.Topic;
import se.ingang.telephony.boundary.OneStepContact;

/**
 * The phone page's one-step form: an answered call (call id optional) or a walk-in visit,
 * registered and resolved or routed at once (checked as the API does: CheckedRegistration).
 */
@Named
@RequestScoped
public class OneStepScreen {

    @Inject
    CheckedRegistration registration;

    @Inject
    CurrentUser user;

    @Inject
    WorkspaceReads reads;

    private Channel channel = Channel.PHONE;
    private String callId;
    private String customerName;
    private String customerEmail;
    private String customerPhone;
    private CustomerGroup customerGroup = CustomerGroup.STUDENT;
    private String topic;
    private String note;
    private TriageDecision.Outcome outcome = TriageDecision.Outcome.RESOLVE;
    private String answer;
    private String group;
    private String registered;

    public void register() {
        try {
            registered = registerChecked();
            Texts.info("onestep.done", registered);
        } catch (RuntimeException e) {
            var problem = ProblemMapping.toProblem(e);
            if (problem.status() >= 500) {
                throw e;
            }
            Texts.error("case.invalid", problem.errors() == null ? problem.detail()
                    : String.join("; ", problem.errors().stream().map(f -> f.field() + ": " + f.message()).toList()));
        }
    }

    private String registerChecked() {
        return registration.register(new OneStepContact(channel, blank(callId), blank(customerName), blank(customerEmail),
                blank(customerPhone), customerGroup, blank(topic), null, note, null, null, outcome, blank(answer),
                blank(group)), user.getName());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Channel[] getChannels() {
        return new Channel[] {Channel.PHONE, Channel.VISIT};
    }

    public TriageDecision.Outcome[] getOutcomes() {
        return TriageDecision.Outcome.values();
    }

    public CustomerGroup[] getCustomerGroups() {
        return CustomerGroup.values();
    }

    public List<Topic> getTopics() {
        return reads.topics();
    }

    public List<Queue> getBackOfficeGroups() {
        return reads.queues().stream().filter(Queue::isBackOffice).toList();
    }

    public String getRegistered() {
        return registered;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(String customerEmail) {
        this.customerEmail = customerEmail;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public void setCustomerPhone(String customerPhone) {
        this.customerPhone = customerPhone;
    }

    public CustomerGroup getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(CustomerGroup customerGroup) {
        this.customerGroup = customerGroup;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public TriageDecision.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(TriageDecision.Outcome outcome) {
        this.outcome = outcome;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }
}
