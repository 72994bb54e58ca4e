package com.medislot.booking.account;

import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.infrastructure.SqlStates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Registers patients and checks credentials. */
@Stateless
public class AccountService {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject private Clock clock;

  /**
   * Creates a patient account.
   *
   * @throws ConflictException if an account already uses this email (case-insensitive)
   */
  public Account registerPatient(Registration r) {
    String email = normalise(r.email());
    if (findByEmail(email).isPresent()) {
      throw new ConflictException("email", "An account with this email already exists");
    }
    String hash = passwordHash.generate(r.password());
    Arrays.fill(r.password(), '\0');
    Account account =
        Account.patient(
            email,
            hash,
            r.firstName(),
            r.lastName(),
            r.birthDate(),
            r.phone().orElse(null),
            clock.instant());
    em.persist(account);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new ConflictException("email", "An account with this email already exists");
      }
      throw e;
    }
    return account;
  }

  /** The account with these credentials, if they match. */
  public Optional<Account> authenticate(String email, char[] password) {
    Optional<Account> account = findByEmail(normalise(email));
    boolean ok = account.isPresent() && passwordHash.verify(password, account.get().passwordHash());
    Arrays.fill(password, '\0');
    return ok ? account : Optional.empty();
  }

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  private Optional<Account> findByEmail(String email) {
    return em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :email", Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  private static String normalise(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
