package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

/** A case that was resolved at first contact and closed, for the tests of what happens after closing. */
final class ClosedCases {

    private ClosedCases() {
    }

    /** A new "degree" case of the customer, resolved at first contact and closed; its number. */
    static String of(Api api, String email) {
        var created = api.post("/api/cases", Contacts.newCase(email, "degree")).json();
        String number = created.getString("number");
        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "RESOLVE").add("reply", "Beviset skickas i dag.").build()).json();
        var closed = api.post("/api/cases/" + number + "/close", Contacts.version(resolved));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        return number;
    }
}
