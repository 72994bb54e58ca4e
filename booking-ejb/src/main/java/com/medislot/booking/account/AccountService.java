package com.medislot.booking.account;

import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.SqlStates;
import com.medislot.booking.notification.PhoneNumbers;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers patients and checks credentials. */
@Stateless
public class AccountService {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject private Clock clock;

  /** Region of phone numbers given without a country code. */
  @Inject
  @ConfigProperty(name = "medislot.phone.default-region", defaultValue = "FR")
  String phoneRegion;

  /**
   * Creates a patient account.
   *
   * @throws ConflictException if an account already uses this email (case-insensitive)
   * @throws InvalidInputException if the phone number is not a valid number
   */
  public Account registerPatient(Registration r) {
    String email = normalise(r.email());
    Optional<String> phone = Optional.empty();
    if (r.phone().isPresent()) {
      phone = PhoneNumbers.toE164(r.phone().get(), phoneRegion);
      if (phone.isEmpty()) {
        throw new InvalidInputException("phone", "must be a valid phone number");
      }
    }
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
            phone.orElse(null),
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
