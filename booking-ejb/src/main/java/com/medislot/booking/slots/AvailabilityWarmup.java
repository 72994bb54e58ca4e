package com.medislot.booking.slots;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills the slot cache and the search documents' next availability for every practitioner whose
 * document has none yet, in the background after start-up; each practitioner in its own transaction
 * so one failure does not stop the rest.
 */
@Stateless
public class AvailabilityWarmup {

  private static final Logger LOG = Logger.getLogger(AvailabilityWarmup.class.getName());
  private static final int PAGE = 500;
  private static final int BATCH = 50;

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private AvailabilityRefresher refresher;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void warmUp() {
    long start = System.nanoTime();
    long done = 0;
    long after = 0;
    AvailabilityRefresher.Timings timings = AvailabilityRefresher.Timings.ZERO;
    long total = 0;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Number> ids =
          em.createNativeQuery(
                  "SELECT DISTINCT practitioner_id FROM practitioner_search"
                      + " WHERE next_available IS NULL AND practitioner_id > ?1"
                      + " ORDER BY practitioner_id LIMIT "
                      + PAGE)
              .setParameter(1, after)
              .getResultList();
      if (ids.isEmpty()) {
        break;
      }
      List<Long> page = ids.stream().map(Number::longValue).toList();
      for (int from = 0; from < page.size(); from += BATCH) {
        List<Long> batch = page.subList(from, Math.min(page.size(), from + BATCH));
        try {
          long before = System.nanoTime();
          timings = timings.plus(refresher.refreshAll(batch));
          total += System.nanoTime() - before;
          done += batch.size();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Warm-up failed for practitioners " + batch, e);
        }
      }
      after = page.get(page.size() - 1);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long count = done;
    AvailabilityRefresher.Timings spent = timings;
    long transactions = total / 1_000_000;
    LOG.info(
        () ->
            "Availability warm-up: "
                + count
                + " practitioners in "
                + millis
                + " ms (calendar reads "
                + spent.read() / 1_000_000
                + " ms, engine and cache "
                + spent.compute() / 1_000_000
                + " ms, search documents "
                + spent.index() / 1_000_000
                + " ms, transactions in all "
                + transactions
                + " ms)");
  }
}
