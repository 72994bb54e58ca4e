package com.medislot.booking.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

/**
 * Geo search over the practitioner index: circle filter, filters, distance or availability order.
 * The hits are projected from the values the index stores; nothing is loaded from the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PractitionerSearch {

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  public SearchPage search(SearchCriteria c) {
    try {
      return query(c);
    } catch (SearchException e) {
      throw new SearchBackendException(e);
    }
  }

  private SearchPage query(SearchCriteria c) {
    SearchSession session = Search.session(em);
    GeoPoint center = GeoPoint.of(c.latitude(), c.longitude());
    List<SearchHit> rows =
        session
            .search(PractitionerDocument.class)
            .select(f -> hit(f, center))
            .where(
                (f, root) -> {
                  root.add(
                      f.spatial()
                          .within()
                          .field("point")
                          .circle(center, c.radiusKm(), DistanceUnit.KILOMETERS));
                  c.specialty()
                      .ifPresent(s -> root.add(f.match().field("specialtyCode").matching(s)));
                  c.language().ifPresent(l -> root.add(f.match().field("language").matching(l)));
                  c.motive().ifPresent(m -> root.add(f.match().field("motive").matching(m)));
                  c.country().ifPresent(k -> root.add(f.match().field("countryCode").matching(k)));
                  c.newPatients()
                      .ifPresent(n -> root.add(f.match().field("acceptsNewPatients").matching(n)));
                  c.availableBefore()
                      .ifPresent(b -> root.add(f.range().field("nextAvailable").lessThan(b)));
                })
            .sort(
                f ->
                    c.sort() == SearchCriteria.SortOrder.AVAILABILITY
                        ? f.field("nextAvailable")
                            .asc()
                            .missing()
                            .last()
                            .then()
                            .distance("point", center)
                        : f.distance("point", center).then().field("practitionerId"))
            .fetchHits(c.offset(), c.limit() + 1);
    boolean more = rows.size() > c.limit();
    return new SearchPage(more ? rows.subList(0, c.limit()) : rows, more);
  }

  /** A hit from the stored fields of {@link PractitionerDocument} and the distance to centre. */
  private static ProjectionFinalStep<SearchHit> hit(
      SearchProjectionFactory<?, ?> f, GeoPoint center) {
    return f.composite()
        .from(
            f.field("practitionerId", Long.class).toProjection(),
            f.field("locationId", Long.class).toProjection(),
            f.field("practitionerName", String.class).toProjection(),
            f.field("specialtyCode", String.class).toProjection(),
            f.field("specialtyName", String.class).toProjection(),
            f.field("language", String.class).multi().toProjection(),
            f.field("acceptsNewPatients", Boolean.class).toProjection(),
            f.field("locationName", String.class).toProjection(),
            f.field("address", String.class).toProjection(),
            f.field("city", String.class).toProjection(),
            f.field("countryCode", String.class).toProjection(),
            f.field("point", GeoPoint.class).toProjection(),
            f.field("nextAvailable", Instant.class).toProjection(),
            f.distance("point", center).unit(DistanceUnit.KILOMETERS).toProjection())
        .asArray(PractitionerSearch::hit);
  }

  @SuppressWarnings("unchecked")
  private static SearchHit hit(Object[] v) {
    GeoPoint point = (GeoPoint) v[11];
    return new SearchHit(
        (Long) v[0],
        (Long) v[1],
        (String) v[2],
        (String) v[3],
        (String) v[4],
        List.copyOf((List<String>) v[5]),
        (Boolean) v[6],
        (String) v[7],
        (String) v[8],
        (String) v[9],
        (String) v[10],
        point.latitude(),
        point.longitude(),
        Optional.ofNullable((Instant) v[12]),
        (Double) v[13]);
  }
}
