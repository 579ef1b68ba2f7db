package se.ingang.cases.boundary;

import se.ingang.cases.entity.Case;

/** The case a registration with an idempotency key stands for; replayed when an earlier request made it. */
public record Registration(Case registered, boolean replayed) {
}
