package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.junit.jupiter.api.Test;

class IndexingFailuresTest {

  /** What the strategy configured, as Hibernate Search would see it. */
  private static final class Context
      implements IndexingPlanSynchronizationStrategyConfigurationContext {
    DocumentCommitStrategy commit;
    DocumentRefreshStrategy refresh;
    Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler;

    @Override
    public void documentCommitStrategy(DocumentCommitStrategy s) {
      commit = s;
    }

    @Override
    public void documentRefreshStrategy(DocumentRefreshStrategy s) {
      refresh = s;
    }

    @Override
    public void indexingFutureHandler(
        Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> h) {
      handler = h;
    }

    @Override
    public FailureHandler failureHandler() {
      return new IndexingFailures.Handler();
    }

    @Override
    public void operationSubmitter(OperationSubmitter s) {
      throw new UnsupportedOperationException();
    }
  }

  private static SearchIndexingPlanExecutionReport report(Optional<Throwable> failure) {
    return new SearchIndexingPlanExecutionReport() {
      @Override
      public Optional<Throwable> throwable() {
        return failure;
      }

      @Override
      public List<? extends EntityReference> failingEntities() {
        return List.of();
      }
    };
  }

  private final Context context = new Context();

  IndexingFailuresTest() {
    new IndexingFailures.Synchronization().apply(context);
  }

  @Test
  void writesAreSearchableWhenTheTransactionEndsWithoutACommitToDisk() {
    assertThat(context.commit).isEqualTo(DocumentCommitStrategy.NONE);
    assertThat(context.refresh).isEqualTo(DocumentRefreshStrategy.FORCE);
  }

  @Test
  void aSuccessfulWriteCountsNothing() {
    long before = IndexingFailures.count();
    context.handler.accept(CompletableFuture.completedFuture(report(Optional.empty())));
    assertThat(IndexingFailures.count()).isEqualTo(before);
  }

  @Test
  void aFailedWriteIsCountedNotThrownAtTheCommittedCaller() {
    long before = IndexingFailures.count();
    context.handler.accept(
        CompletableFuture.completedFuture(report(Optional.of(new IOException("disk full")))));
    assertThat(IndexingFailures.count()).isEqualTo(before + 1);

    context.handler.accept(CompletableFuture.failedFuture(new IllegalStateException("closed")));
    assertThat(IndexingFailures.count()).isEqualTo(before + 2);
  }

  @Test
  void backgroundFailuresAreCounted() {
    long before = IndexingFailures.count();
    FailureContext.Builder reset = FailureContext.builder();
    reset.throwable(new IOException("write.lock: Not a directory"));
    reset.failingOperation("index writer reset");
    new IndexingFailures.Handler().handle(reset.build());

    EntityIndexingFailureContext.Builder entity = EntityIndexingFailureContext.builder();
    entity.throwable(new IOException("no space left"));
    entity.failingOperation("update");
    new IndexingFailures.Handler().handle(entity.build());

    assertThat(IndexingFailures.count()).isEqualTo(before + 2);
  }
}
