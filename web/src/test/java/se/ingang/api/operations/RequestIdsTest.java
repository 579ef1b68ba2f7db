package se.ingang.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aSaneIncomingIdIsKept() {
        assertThat(RequestIds.idFor("lb-7f3a.42_x:1")).isEqualTo("lb-7f3a.42_x:1");
    }

    @Test
    void missingOrUnsafeIdsAreReplaced() {
        assertThat(RequestIds.idFor(null)).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.idFor("")).matches("[0-9a-f-]{36}");
        // Line breaks or spaces would let a caller forge log lines.
        assertThat(RequestIds.idFor("abc\n2026-12-01 INFO fake")).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.idFor("x".repeat(65))).matches("[0-9a-f-]{36}");
    }

    @Path("cases")
    static class Resource {
        @Path("{number}/notes")
        public void notes() {
        }

        public void list() {
        }
    }

    @Test
    void routesAreTemplatesNotPaths() throws Exception {
        Path onClass = Resource.class.getAnnotation(Path.class);
        assertThat(RequestMetrics.join(onClass, Resource.class.getMethod("notes").getAnnotation(Path.class)))
                .isEqualTo("/cases/{number}/notes");
        assertThat(RequestMetrics.join(onClass, null)).isEqualTo("/cases");
    }
}
