package se.ingang.registry.control;

/**
 * What a public copy shows where personal data was taken out: the kind of data, in Swedish and
 * English like the rest of the copy, in lower case and brackets so that no later rule (names are
 * capitalised words) can take a marker for data.
 */
public enum RedactionMarker {

    EMAIL("[e-post borttagen / e-mail removed]"),
    LINK("[länk borttagen / link removed]"),
    PHONE("[telefonnummer borttaget / phone number removed]"),
    PERSONAL_IDENTITY_NUMBER("[personnummer borttaget / personal identity number removed]"),
    ADDRESS("[adress borttagen / address removed]"),
    IDENTIFIER("[nummer borttaget / number removed]"),
    NAME("[namn borttaget / name removed]");

    private final String text;

    RedactionMarker(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
