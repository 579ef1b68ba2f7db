package se.ingang.publicform.boundary;

import java.io.Serializable;

/** A topic as the form offers it: its code and its name in the customer's language. */
public record TopicChoice(String code, String name) implements Serializable {
}
