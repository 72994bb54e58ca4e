package com.medislot.booking.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Geo search over the practitioner index: circle filter, filters, distance or availability order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PractitionerSearch {

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  public SearchPage search(SearchCriteria c) {
    SearchSession session = Search.session(em);
    GeoPoint center = GeoPoint.of(c.latitude(), c.longitude());
    List<List<?>> rows =
        session
            .search(PractitionerDocument.class)
            .select(
                f ->
                    f.composite(
                        f.entity(), f.distance("point", center).unit(DistanceUnit.KILOMETERS)))
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
    List<SearchHit> hits =
        rows.stream()
            .limit(c.limit())
            .map(r -> new SearchHit((PractitionerDocument) r.get(0), (Double) r.get(1)))
            .toList();
    return new SearchPage(hits, more);
  }
}
