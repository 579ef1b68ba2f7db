package se.ingang.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationsTest {

    @Test
    void anAbsoluteAddressOfTheHostAskedForBecomesAPath() {
        assertThat(Locations.relative("http://evil.example/api/cases/2026-000001?x=1#t", "/api/cases", "evil.example", 80))
                .isEqualTo("/api/cases/2026-000001?x=1#t");
        assertThat(Locations.relative("https://evil.example:8443/login", "/staff/queue.xhtml", "evil.example", 8443))
                .isEqualTo("/login");
    }

    @Test
    void aRelativePathIsResolvedAgainstTheRequestsPath() {
        assertThat(Locations.relative("case.xhtml?number=1", "/staff/queue.xhtml", "h", 80)).isEqualTo("/staff/case.xhtml?number=1");
        assertThat(Locations.relative("/login", "/staff/queue.xhtml", "h", 80)).isEqualTo("/login");
    }

    @Test
    void otherHostsAndNonAddressesStay() {
        assertThat(Locations.relative("https://sso.example.edu/auth", "/", "ingang.example.edu", 443))
                .isEqualTo("https://sso.example.edu/auth");
        assertThat(Locations.relative("mailto:a@example.se", "/", "h", 80)).isEqualTo("mailto:a@example.se");
    }

    @Test
    void aPathNeverStartsWithTwoSlashes() {
        assertThat(Locations.relative("http://h//evil.example/x", "/", "h", 80)).isEqualTo("/evil.example/x");
    }
}
