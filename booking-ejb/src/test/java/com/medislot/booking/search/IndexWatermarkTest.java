package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexWatermarkTest {

  @TempDir Path root;

  @Test
  void noWatermarkBeforeOneIsWritten() {
    assertThat(new IndexWatermark(root.resolve("index")).read()).isEmpty();
  }

  @Test
  void theLastWrittenTimeIsReadBackByANewInstance() throws Exception {
    Path index = root.resolve("index");
    IndexWatermark watermark = new IndexWatermark(index);
    watermark.write(Instant.parse("2026-03-29T00:59:59Z"));
    watermark.write(Instant.parse("2026-03-29T01:00:04Z"));
    assertThat(new IndexWatermark(index).read()).hasValue(Instant.parse("2026-03-29T01:00:04Z"));
    try (var files = Files.list(index)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(IndexWatermark.FILE);
    }
  }

  @Test
  void aWatermarkOfAnotherIndexLayoutCountsAsNoneSoTheIndexIsRebuilt() throws Exception {
    // as the versions before the layout number wrote it
    Files.writeString(root.resolve(IndexWatermark.FILE), "2026-03-29T01:00:04Z");
    assertThat(new IndexWatermark(root).read()).isEmpty();
    Files.writeString(
        root.resolve(IndexWatermark.FILE),
        "2026-03-29T01:00:04Z layout " + (IndexWatermark.LAYOUT + 1));
    assertThat(new IndexWatermark(root).read()).isEmpty();
    Files.writeString(
        root.resolve(IndexWatermark.FILE), "2026-03-29T01:00:04Z layout " + IndexWatermark.LAYOUT);
    assertThat(new IndexWatermark(root).read()).hasValue(Instant.parse("2026-03-29T01:00:04Z"));
  }

  @Test
  void anUnreadableWatermarkCountsAsNone() throws Exception {
    Files.writeString(root.resolve(IndexWatermark.FILE), "yesterday layout 2");
    assertThat(new IndexWatermark(root).read()).isEmpty();
    Files.writeString(root.resolve(IndexWatermark.FILE), "2026-03-29T01:00:04Z layout two");
    assertThat(new IndexWatermark(root).read()).isEmpty();
    Files.writeString(root.resolve(IndexWatermark.FILE), "yesterday");
    assertThat(new IndexWatermark(root).read()).isEmpty();
  }
}
