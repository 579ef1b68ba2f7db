package se.ingang.cases.boundary;

import se.ingang.cases.entity.Case;
import se.ingang.cases.entity.CustomerMessageEffect;

/** Where a customer's message landed: on the case itself or on a new follow-up case. */
public record CustomerMessageResult(CustomerMessageEffect effect, Case landedOn) {
}
