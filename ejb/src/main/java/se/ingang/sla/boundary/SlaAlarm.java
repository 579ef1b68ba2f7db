package se.ingang.sla.boundary;

/** A deadline's warning or breach was recorded (fired in that transaction). */
public record SlaAlarm(String caseNumber, String kind, boolean breach) {
}
