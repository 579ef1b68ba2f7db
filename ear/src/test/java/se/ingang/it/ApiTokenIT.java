package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Issue 19 item 1: API tokens. A token is sent as "Authorization: Bearer", authenticates as its
 * owner with its scopes only, and stops working when it expires, is revoked, or its owner loses
 * the role; the database holds only its SHA-256, and the secret is shown once.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Resource(lookup = "java:jboss/datasources/IngangDS")
    DataSource database;

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ApiTokenIT.class);
    }

    @Test
    void aTokenAuthenticatesAsItsOwnerWithItsScopeAndOpensNoSession() throws Exception {
        String admin = administratorWhoIsAlsoAgent();
        var created = create(Application.apiAs(admin), admin, List.of("ADMINISTRATOR"), 30);
        String secret = created.getString("secret");
        assertThat(secret).startsWith("ingang_").hasSize("ingang_".length() + 43);

        var me = Api.withToken(secret).get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(admin);
        assertThat(Api.withToken(secret).get("/api/staff").status()).as("an administrator's token, scope ADMINISTRATOR")
                .isEqualTo(200);

        var raw = raw("/api/me", "Bearer " + secret, null);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().allValues("Set-Cookie")).as("a token's request opens no session").isEmpty();

        var id = created.getJsonObject("token").getJsonNumber("id").longValue();
        assertThat(lastUsed(id)).as("the use is recorded").isNotNull();
    }

    @Test
    void aTokenNarrowerThanItsOwnerCanDoOnlyWhatItsScopeAllows() {
        String admin = administratorWhoIsAlsoAgent();
        var asAdmin = Application.apiAs(admin);
        assertThat(asAdmin.get("/api/staff").status()).as("the owner with a password").isEqualTo(200);

        String agentScoped = create(asAdmin, admin, List.of("AGENT"), 30).getString("secret");
        var staff = Api.withToken(agentScoped).get("/api/staff");
        assertThat(staff.status()).as("an administrator's token scoped AGENT on an administrators' endpoint: " + staff)
                .isEqualTo(403);
        assertThat(Api.withToken(agentScoped).get("/api/cases").status()).as("what an agent may do").isEqualTo(200);

        var wider = Api.withToken(agentScoped).post("/api/api-tokens", newToken("wider", List.of("ADMINISTRATOR"), 30, null));
        assertThat(wider.status()).as("a token cannot make a token wider than itself: " + wider).isEqualTo(403);
    }

    @Test
    void aRoleTakenFromTheOwnerIsGoneFromTheirTokens() {
        String admin = administratorWhoIsAlsoAgent();
        String secret = create(Application.apiAs(admin), admin, List.of("ADMINISTRATOR", "AGENT"), 30).getString("secret");
        assertThat(Api.withToken(secret).get("/api/staff").status()).isEqualTo(200);

        Application.staff().changeRoles(admin, EnumSet.of(StaffRole.AGENT));
        assertThat(Api.withToken(secret).get("/api/staff").status()).as("the owner is no administrator any more")
                .isEqualTo(403);

        Application.staff().setActive(admin, false);
        assertThat(Api.withToken(secret).get("/api/me").status()).as("a disabled owner's token").isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefusedWithoutSayingWhy() throws Exception {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        var created = create(Application.apiAs(agent), agent, List.of("AGENT"), 1);
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        String secret = created.getString("secret");
        assertThat(Api.withToken(secret).get("/api/me").status()).isEqualTo(200);

        // Expired a minute ago by the application's clock (which other tests may have moved).
        try (var c = database.getConnection();
             var update = c.prepareStatement("UPDATE api_token SET expires_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Application.clock().now().minusSeconds(60)));
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        var refused = raw("/api/me", "Bearer " + secret, null);
        assertInvalidToken(refused);
        assertThat(refused.body()).doesNotContainIgnoringCase("expired");
        assertThat(auditActions(id)).contains("CREATED", "USE_REFUSED_EXPIRED");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        var api = Application.apiAs(agent);
        var created = create(api, agent, List.of("AGENT"), 90);
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        String secret = created.getString("secret");
        assertThat(Api.withToken(secret).get("/api/cases").status()).isEqualTo(200);

        var revoked = api.delete("/api/api-tokens/" + id);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("revokedBy")).isEqualTo(agent);

        var refused = raw("/api/cases", "Bearer " + secret, null);
        assertInvalidToken(refused);
        assertThat(refused.body()).doesNotContainIgnoringCase("revoked");
        assertThat(auditActions(id)).contains("CREATED", "REVOKED", "USE_REFUSED_REVOKED");
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() throws Exception {
        assertInvalidToken(raw("/api/me", "Bearer ingang_" + "A".repeat(43), null));
        assertInvalidToken(raw("/api/me", "Bearer not-a-token", null));
    }

    @Test
    void theDatabaseHoldsOnlyTheHashAndTheSecretIsShownOnce() throws Exception {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        var api = Application.apiAs(agent);
        var created = create(api, agent, List.of("AGENT"), 30);
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        String secret = created.getString("secret");
        String random = secret.substring("ingang_".length());

        try (var c = database.getConnection();
             var select = c.prepareStatement("SELECT * FROM api_token WHERE id = ?")) {
            select.setLong(1, id);
            try (var row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("secret_hash")).isEqualTo(sha256(secret));
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String value = row.getString(column);
                    assertThat(value == null ? "" : value).as(row.getMetaData().getColumnName(column))
                            .doesNotContain(random);
                }
            }
        }
        var list = api.get("/api/api-tokens");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id).doesNotContain(random).doesNotContain("secret");
        var asAdministrator = Api.ofThisServer().get("/api/api-tokens?owner=" + agent);
        assertThat(asAdministrator.body()).contains("\"id\":" + id).doesNotContain(random);
        assertThat(auditText(id)).doesNotContain(random);
    }

    @Test
    void aUserCannotSeeRevokeOrMakeAnotherUsersTokensNorTokensWithRolesTheyLack() {
        String anna = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        String bertil = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        long annasToken = create(Application.apiAs(anna), anna, List.of("AGENT"), 30)
                .getJsonObject("token").getJsonNumber("id").longValue();
        var asBertil = Application.apiAs(bertil);

        assertThat(asBertil.get("/api/api-tokens?owner=" + anna).status()).isEqualTo(403);
        assertThat(asBertil.get("/api/api-tokens").body()).doesNotContain("\"id\":" + annasToken + ",");
        assertThat(asBertil.delete("/api/api-tokens/" + annasToken).status()).as("not Bertil's to know of").isEqualTo(404);
        assertThat(Application.apiAs(anna).get("/api/api-tokens").body()).contains("\"id\":" + annasToken + ",");
        assertThat(revokedAt(annasToken)).as("Anna's token still valid").isNull();

        var forAnna = asBertil.post("/api/api-tokens", newToken("for anna", List.of("AGENT"), 30, anna));
        assertThat(forAnna.status()).as(forAnna.toString()).isEqualTo(403);
        var administrator = asBertil.post("/api/api-tokens", newToken("escalate", List.of("ADMINISTRATOR"), 30, null));
        assertThat(administrator.status()).as(administrator.toString()).isEqualTo(400);
        assertThat(administrator.body()).contains("scopes");

        for (int days : new int[] {0, 366}) {
            var tooLong = asBertil.post("/api/api-tokens", newToken("t", List.of("AGENT"), days, null));
            assertThat(tooLong.status()).as(days + " days").isEqualTo(400);
        }
        assertThat(asBertil.post("/api/api-tokens", newToken(" ", List.of("AGENT"), 30, null)).status()).isEqualTo(400);
        assertThat(asBertil.post("/api/api-tokens", newToken("none", List.of(), 30, null)).status()).isEqualTo(400);
    }

    @Test
    void theTelephoneSystemsTokenIsStillConfinedToTheCallFeed() {
        String phoneSystem = Application.newStaffMember(StaffRole.INTEGRATION);
        var created = Api.ofThisServer().post("/api/api-tokens",
                newToken("CTI", List.of("INTEGRATION"), 365, phoneSystem));
        assertThat(created.status()).as("an administrator makes the machine account's token: " + created).isEqualTo(201);
        var asPhoneSystem = Api.withToken(created.json().getString("secret"));

        var open = new ArrayList<String>();
        for (String path : new String[] {"/api/cases", "/api/queues", "/api/api-tokens", "/api/staff", "/api/me"}) {
            int status = asPhoneSystem.get(path).status();
            if (status != 403) {
                open.add(path + ": " + status);
            }
        }
        assertThat(open).isEmpty();
        var event = asPhoneSystem.post("/api/calls/events", Json.createObjectBuilder().build());
        assertThat(event.status()).as("a CTI event reaches the resource (which judges the body): " + event)
                .isIn(200, 201, 400);
    }

    @Test
    void failedTokensCountInTheLoginThrottleOfTheirAddress() throws Exception {
        String from = "10.19." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 40 && !statuses.contains(429); i++) {
            statuses.add(raw("/api/me", "Bearer ingang_" + UUID.randomUUID().toString().replace("-", "")
                    + "abcdefghijk", from).statusCode());
        }
        assertThat(statuses).as("guessed tokens from one address").containsOnly(401, 429).contains(429);
    }

    // --- helpers

    private static String administratorWhoIsAlsoAgent() {
        Application.ensureTestAdministrator(); // so this one may lose the role: never the last administrator
        String admin = Application.newLoginUser(StaffRole.ADMINISTRATOR);
        Application.staff().changeRoles(admin, EnumSet.of(StaffRole.ADMINISTRATOR, StaffRole.AGENT));
        Application.staff().changeQueues(admin, java.util.Set.of("fo-study"));
        return admin;
    }

    private static JsonObject create(Api api, String owner, List<String> scopes, int days) {
        var response = api.post("/api/api-tokens", newToken("it " + UUID.randomUUID(), scopes, days, null));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().getJsonObject("token").getString("owner")).isEqualTo(owner);
        return response.json();
    }

    private static JsonObject newToken(String name, List<String> scopes, int days, String owner) {
        var scopeArray = Json.createArrayBuilder();
        scopes.forEach(scopeArray::add);
        var body = Json.createObjectBuilder().add("name", name).add("scopes", scopeArray).add("expiresInDays", days);
        if (owner != null) {
            body.add("owner", owner);
        }
        return body.build();
    }

    private static void assertInvalidToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    private static HttpResponse<String> raw(String path, String authorization, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).header("Authorization", authorization)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Timestamp lastUsed(long id) throws SQLException {
        return timestamp("last_used_at", id);
    }

    private Timestamp revokedAt(long id) {
        try {
            return timestamp("revoked_at", id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Timestamp timestamp(String column, long id) throws SQLException {
        try (var c = database.getConnection();
             var select = c.prepareStatement("SELECT " + column + " FROM api_token WHERE id = ?")) {
            select.setLong(1, id);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getTimestamp(1);
            }
        }
    }

    private List<String> auditActions(long id) throws SQLException {
        var actions = new ArrayList<String>();
        try (var c = database.getConnection();
             var select = c.prepareStatement("SELECT DISTINCT action FROM audit_entry WHERE entity_type = 'API_TOKEN'"
                     + " AND entity_id = ?")) {
            select.setString(1, String.valueOf(id));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    private String auditText(long id) throws SQLException {
        var text = new StringBuilder();
        try (var c = database.getConnection();
             var select = c.prepareStatement("SELECT CONCAT_WS('|', actor, action, field, old_value, new_value)"
                     + " FROM audit_entry WHERE entity_type = 'API_TOKEN' AND entity_id = ?")) {
            select.setString(1, String.valueOf(id));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    text.append(rows.getString(1)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
