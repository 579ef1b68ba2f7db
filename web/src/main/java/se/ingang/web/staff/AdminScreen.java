package se.ingang.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.ingang.access.boundary.CaseAccess;
import se.ingang.access.control.AccessPolicy;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.boundary.StaffDirectory;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.StaffRole;
import se.ingang.organisation.entity.StaffUser;

/** The administration overview: queues with their members, users with roles and queues, topics (read only for now). */
@Named
@RequestScoped
public class AdminScreen {

    @Inject
    Organisation organisation;

    @Inject
    StaffDirectory staff;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    private List<UserRow> users;

    /** View action: managers and administrators only (403 for everyone else). */
    public void open() throws java.io.IOException {
        if (!AccessPolicy.readsEverything(access.who(user.getName()))) {
            var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "Forbidden");
            faces.responseComplete();
        }
    }

    public List<QueueRow> getQueues() {
        Map<String, List<String>> members = new TreeMap<>();
        for (var user : getUsers()) {
            user.queues().forEach(q -> members.computeIfAbsent(q, k -> new java.util.ArrayList<>()).add(user.username()));
        }
        return organisation.queues().stream()
                .map(q -> new QueueRow(q.getCode(), q.getName(), q.getKind().name(),
                        String.join(", ", members.getOrDefault(q.getCode(), List.of())),
                        q.getAssignmentPolicy().name()))
                .toList();
    }

    @Transactional
    public List<UserRow> getUsers() {
        if (users == null) {
            Map<String, StaffUser> byName = new TreeMap<>();
            for (var role : StaffRole.values()) {
                staff.usersWithRole(role).forEach(u -> byName.putIfAbsent(u.getUsername(), u));
            }
            users = byName.values().stream()
                    .map(u -> new UserRow(u.getUsername(), u.getDisplayName(),
                            u.getRoles().stream().map(Enum::name).sorted().toList(),
                            u.getQueues().stream().map(Queue::getCode).sorted().toList()))
                    .sorted(Comparator.comparing(UserRow::username))
                    .toList();
        }
        return users;
    }

    public List<TopicRow> getTopics() {
        return organisation.topics().stream()
                .map(t -> new TopicRow(t.getCode(), t.getName(), t.getFrontOffice().getCode())).toList();
    }

    public record QueueRow(String code, String name, String kind, String members, String policy) {
    }

    public record UserRow(String username, String name, List<String> roles, List<String> queues) {
        public String getRolesText() {
            return roles.stream().collect(Collectors.joining(", "));
        }

        public String getQueuesText() {
            return String.join(", ", queues);
        }
    }

    public record TopicRow(String code, String name, String frontOffice) {
    }
}
