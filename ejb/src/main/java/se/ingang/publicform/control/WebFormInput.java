package se.ingang.publicform.control;

import java.util.List;

/**
 * What the customer filled in on the public form, as typed (codes as strings, so the rules
 * can explain a wrong value instead of failing on it). website is the honeypot: a field
 * hidden from people that only robots fill in.
 */
public record WebFormInput(String customerGroup, String type, String topic, String subject, String message,
                           String name, String email, String phone, boolean consent, String consentTextVersion,
                           String website, String language, List<Upload> uploads) {

    public WebFormInput {
        uploads = uploads == null ? List.of() : uploads.stream().filter(u -> !u.isEmpty()).toList();
    }
}
