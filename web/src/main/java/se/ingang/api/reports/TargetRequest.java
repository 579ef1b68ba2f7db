package se.ingang.api.reports;

/** A new target for one figure, in its unit (shares 0..1, business seconds, cases, score 1..5). */
public record TargetRequest(Double target) {
}
