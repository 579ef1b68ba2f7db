package se.ingang.organisation.boundary;
import jakarta.inject.Inject;

import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.ingang.organisation.entity.AssignmentPolicy;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.QueueKind;
import se.ingang.organisation.entity.Topic;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;

/** Reads the organisation: queues (front-office profiles and back-office groups) and topics. */
@Stateless
public class Organisation {

    @PersistenceContext
    EntityManager em;

    /** Configuration changes go into the audit trail (who: the current request's user). */
    @Inject
    AuditLog audit;

    public List<Queue> queues() {
        return em.createNamedQuery(Queue.FIND_ALL, Queue.class).getResultList();
    }

    public List<Topic> topics() {
        return em.createNamedQuery(Topic.FIND_ALL, Topic.class).getResultList();
    }

    public Optional<Queue> findQueue(String code) {
        return em.createNamedQuery(Queue.FIND_BY_CODE, Queue.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Queue queue(String code) {
        return findQueue(code).orElseThrow(() -> new NotFoundException("Queue", code));
    }

    /** A new front-office profile or back-office group (administrators; routing refers to it by code). */
    public Queue createQueue(String code, String name, QueueKind kind) {
        if (code == null || !code.matches("[a-z0-9-]{2,64}")) {
            throw new InvalidInputException("code", "2–64 lower-case letters, digits or -");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "required");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "FRONT_OFFICE or BACK_OFFICE");
        }
        if (findQueue(code).isPresent()) {
            throw new ActionNotAllowedException("Queue '" + code + "' already exists");
        }
        var queue = new Queue(code, name.strip(), kind);
        em.persist(queue);
        audit.record(AuditLog.QUEUE, code, "CREATED", Changes.between()
                .field("name", null, queue.getName()).field("kind", null, kind));
        return queue;
    }

    public Queue changeAssignmentPolicy(String code, AssignmentPolicy policy) {
        if (policy == null) {
            throw new InvalidInputException("policy", "MANUAL, ROUND_ROBIN or LEAST_LOADED");
        }
        var queue = queue(code);
        var before = queue.getAssignmentPolicy();
        queue.changeAssignmentPolicy(policy);
        audit.record(AuditLog.QUEUE, code, "ASSIGNMENT_POLICY_CHANGED", Changes.between()
                .field("assignmentPolicy", before, queue.getAssignmentPolicy()));
        return queue;
    }

    /** As above, but only if nobody changed the queue since the caller read it (version {@code expected}). */
    public Queue changeAssignmentPolicy(String code, AssignmentPolicy policy, long expected) {
        var queue = queue(code);
        if (queue.getVersion() != expected) {
            throw new se.ingang.platform.errors.StaleVersionException("Queue " + code, expected, queue.getVersion());
        }
        return changeAssignmentPolicy(code, policy);
    }

    /** The signature under the answers this queue's staff mail to customers, in Swedish and English (blank: the default). */
    public Queue changeSignatures(String code, String swedish, String english) {
        var queue = queue(code);
        String svBefore = queue.getSignatureSv();
        String enBefore = queue.getSignatureEn();
        queue.changeSignatures(swedish, english);
        audit.record(AuditLog.QUEUE, code, "SIGNATURES_CHANGED", Changes.between()
                .field("signatureSv", svBefore, queue.getSignatureSv()).field("signatureEn", enBefore, queue.getSignatureEn()));
        return queue;
    }

    /** The settings page's save: policy and signatures together, only if nobody changed the queue since it was read. */
    public Queue changeSettings(String code, AssignmentPolicy policy, String swedish, String english, long expected) {
        changeAssignmentPolicy(code, policy, expected);
        return changeSignatures(code, swedish, english);
    }

    /**
     * Creates a topic (expected version null) or changes its name and front office against the
     * version the caller saw. The routing table names topics by code; a new topic is routed by
     * its catch-all rows until the table names it.
     */
    public Topic saveTopic(String code, String name, String frontOfficeCode, Long expectedVersion) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "required");
        }
        var frontOffice = findQueue(frontOfficeCode == null ? "" : frontOfficeCode)
                .filter(q -> !q.isBackOffice())
                .orElseThrow(() -> new InvalidInputException("frontOffice", "a front-office profile"));
        if (expectedVersion == null) {
            if (code == null || !code.matches("[a-z0-9-]{2,64}")) {
                throw new InvalidInputException("code", "2–64 lower-case letters, digits or -");
            }
            if (findTopic(code).isPresent()) {
                throw new ActionNotAllowedException("Topic '" + code + "' already exists");
            }
            var topic = new Topic(code, name.strip(), frontOffice);
            em.persist(topic);
            audit.record(AuditLog.TOPIC, code, "CREATED", Changes.between()
                    .field("name", null, topic.getName()).field("frontOffice", null, frontOffice.getCode()));
            return topic;
        }
        var topic = findTopic(code).orElseThrow(() -> new NotFoundException("Topic", code));
        if (topic.getVersion() != expectedVersion) {
            throw new se.ingang.platform.errors.StaleVersionException("Topic " + code, expectedVersion, topic.getVersion());
        }
        var changes = Changes.between().field("name", topic.getName(), name.strip())
                .field("frontOffice", topic.getFrontOffice().getCode(), frontOffice.getCode());
        topic.change(name.strip(), frontOffice);
        audit.record(AuditLog.TOPIC, code, "CHANGED", changes);
        return topic;
    }

    public Optional<Topic> findTopic(String code) {
        return em.createNamedQuery(Topic.FIND_BY_CODE, Topic.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
