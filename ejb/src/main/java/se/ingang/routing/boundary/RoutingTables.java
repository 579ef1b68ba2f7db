package se.ingang.routing.boundary;

import se.ingang.audit.boundary.AuditLog;
import se.ingang.audit.control.Changes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import se.ingang.organisation.boundary.Organisation;
import se.ingang.organisation.entity.Queue;
import se.ingang.organisation.entity.Topic;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.routing.control.RoutingTableStore;
import se.ingang.routing.control.RoutingTableView;

/**
 * The routing table for administrators: what it says now, its XML, and uploading a changed
 * one, which must fit the organisation (known back-office groups) before it goes live.
 */
@Stateless
public class RoutingTables {

    /** Large enough for any sensible table; an upload beyond it is refused before parsing. */
    public static final int MAX_XML_BYTES = 1_000_000;

    @Inject
    RoutingTableStore store;

    @Inject
    Organisation organisation;

    @Inject
    AuditLog audit;

    public RoutingTableView current() {
        return store.current();
    }

    public byte[] currentXml() {
        return store.currentXml();
    }

    public RoutingTableView upload(byte[] dmnXml) {
        if (dmnXml == null || dmnXml.length == 0) {
            throw new InvalidInputException("dmn", "the upload is empty; send the DMN XML of the routing table");
        }
        if (dmnXml.length > MAX_XML_BYTES) {
            throw new InvalidInputException("dmn", "at most " + MAX_XML_BYTES + " bytes");
        }
        var groups = organisation.queues().stream().filter(Queue::isBackOffice).map(Queue::getCode).collect(Collectors.toSet());
        var topics = organisation.topics().stream().map(Topic::getCode).collect(Collectors.toSet());
        int before = store.current().version();
        var deployed = store.deploy(dmnXml, groups, topics);
        audit.record(AuditLog.ROUTING_TABLE, deployed.decisionKey(), "UPLOADED",
                Changes.between().field("version", before, deployed.version()));
        return deployed;
    }
}
