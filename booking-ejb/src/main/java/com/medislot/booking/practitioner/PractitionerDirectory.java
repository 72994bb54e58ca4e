package com.medislot.booking.practitioner;

import com.medislot.booking.errors.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Read access to the public catalogue: specialties and practitioner profiles. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PractitionerDirectory {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  /** A practitioner's public profile with locations and motives. */
  public record Profile(Practitioner practitioner, List<VisitMotive> motives) {}

  public List<Specialty> specialties() {
    return em.createQuery("SELECT s FROM Specialty s ORDER BY s.name", Specialty.class)
        .getResultList();
  }

  /** The codes of every specialty. */
  public Set<String> specialtyCodes() {
    return Set.copyOf(
        em.createQuery("SELECT s.code FROM Specialty s", String.class).getResultList());
  }

  /**
   * @throws NotFoundException if there is no such practitioner
   */
  public Profile profile(long practitionerId) {
    Practitioner p = em.find(Practitioner.class, practitionerId);
    if (p == null) {
      throw new NotFoundException("Practitioner", practitionerId);
    }
    List<VisitMotive> motives =
        em.createQuery(
                "SELECT m FROM VisitMotive m WHERE m.practitionerId = :p AND m.onlineBookable = true"
                    + " ORDER BY m.id",
                VisitMotive.class)
            .setParameter("p", practitionerId)
            .getResultList();
    return new Profile(p, motives);
  }

  /**
   * The practitioners of one clinic, by name, each with all its motives (bookable online or not:
   * staff book the others by phone).
   */
  public List<Profile> ofClinic(long clinicId) {
    List<Practitioner> practitioners =
        em.createQuery(
                "SELECT p FROM Practitioner p WHERE p.clinicId = :c"
                    + " ORDER BY p.lastName, p.firstName, p.id",
                Practitioner.class)
            .setParameter("c", clinicId)
            .getResultList();
    if (practitioners.isEmpty()) {
      return List.of();
    }
    Map<Long, List<VisitMotive>> motives =
        em.createQuery(
                "SELECT m FROM VisitMotive m WHERE m.practitionerId IN :ids ORDER BY m.id",
                VisitMotive.class)
            .setParameter("ids", practitioners.stream().map(Practitioner::id).toList())
            .getResultStream()
            .collect(Collectors.groupingBy(VisitMotive::practitionerId));
    return practitioners.stream()
        .map(p -> new Profile(p, motives.getOrDefault(p.id(), List.of())))
        .toList();
  }
}
