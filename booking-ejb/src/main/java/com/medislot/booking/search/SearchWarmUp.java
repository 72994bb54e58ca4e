package com.medislot.booking.search;

import com.medislot.booking.practitioner.PractitionerDirectory;
import com.medislot.booking.slots.NextSlots;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compiles the search path before the node takes traffic. A new JVM runs a search a hundred times
 * slower than a warm one until the JIT compiler has seen it often enough; a node that receives its
 * share of a thousand searches a second from its first second queues them for tens of seconds
 * (docs/benchmarks.md, fifth round). So, once the index is there, the node makes {@code
 * medislot.search.warm-up.queries} searches of the kind patients make (gazetteer places by
 * population, filters, orders, second pages; {@link WarmUpQueries}) on as many threads as it has
 * processors, through the same index search and slot cache look-up as the API, for at most {@code
 * medislot.search.warm-up.max-duration}. It answers nobody and leaves the cache of search answers
 * alone (slots it misses are computed and cached, as a search's would be); the readiness check
 * reports the node not ready until it is done, so a load balancer sends it nothing before.
 */
@Singleton
@Startup
@DependsOn("SearchIndexBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchWarmUp {

  private static final Logger LOG = Logger.getLogger(SearchWarmUp.class.getName());

  @Inject private PractitionerSearch search;
  @Inject private NextSlots nextSlots;
  @Inject private Gazetteer gazetteer;
  @Inject private PractitionerDirectory directory;
  @Inject private Clock clock;
  @Resource private ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "medislot.search.warm-up.queries", defaultValue = "10000")
  int queries;

  @Inject
  @ConfigProperty(name = "medislot.search.warm-up.max-duration", defaultValue = "PT1M")
  Duration maxDuration;

  private volatile WarmUpRun run;

  @PostConstruct
  void start() {
    int processors = Runtime.getRuntime().availableProcessors();
    WarmUpRun starting = new WarmUpRun(Math.max(0, queries), maxDuration, processors, clock);
    run = starting;
    WarmUpQueries source =
        new WarmUpQueries(
            new ArrayList<>(gazetteer.places()), List.copyOf(directory.specialtyCodes()));
    LOG.info(() -> "Search warm-up: " + queries + " searches before the node is ready");
    starting.start(
        threads,
        source,
        this::searchLikeTheApi,
        done -> LOG.info("Search warm-up " + done.describe()));
  }

  /** The index search and the slot cache look-up of one page, as the API makes them. */
  private void searchLikeTheApi(SearchCriteria criteria) {
    SearchPage page = search.search(criteria);
    if (!page.hits().isEmpty()) {
      nextSlots.next(page.places(), SearchPage.NEXT_SLOTS);
    }
  }

  /** Whether the warm-up has ended, one way or another. */
  public boolean done() {
    return run.done();
  }
}
