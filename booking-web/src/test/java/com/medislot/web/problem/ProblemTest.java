package com.medislot.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aProblemCarriesTheRfc9457MembersAndTheFieldsAtFault() {
    String json =
        Problem.of(Response.Status.CONFLICT, "slot-taken", "Slot no longer available")
            .detail("taken")
            .instance("appointments")
            .error("start", "taken")
            .instants("alternatives", List.of(Instant.parse("2026-12-01T08:00:00Z")))
            .toJson();

    assertThat(json)
        .contains("\"type\":\"urn:medislot:problem:slot-taken\"")
        .contains("\"title\":\"Slot no longer available\"")
        .contains("\"status\":409")
        .contains("\"detail\":\"taken\"")
        .contains("\"instance\":\"appointments\"")
        .contains("\"errors\":[{\"field\":\"start\",\"message\":\"taken\"}]")
        .contains("\"alternatives\":[\"2026-12-01T08:00:00Z\"]");
  }

  @Test
  void optionalMembersAreLeftOut() {
    assertThat(Problem.of(404, "not-found", "Not found").toJson())
        .doesNotContain("detail")
        .doesNotContain("errors")
        .doesNotContain("instance");
  }

  @Test
  void reasonPhrasesBecomeSlugs() {
    assertThat(WebApplicationExceptionMapper.slug("Unsupported Media Type"))
        .isEqualTo("unsupported-media-type");
  }
}
