package com.medislot.console.countries;

import com.medislot.console.session.Session;
import com.medislot.country.CountryFiles;
import com.medislot.country.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: a chosen file is validated here with the shared country library (errors in
 * place, with file, line and field), then previewed by the server (the diff against what is live),
 * then applied. Holds no scene-graph types; properties change on the UI executor's thread only.
 */
public final class CountryImportViewModel {

  /** Where the wizard stands. */
  public enum Step {
    /** No file yet. */
    CHOOSE,
    /** The file has errors; they are listed. */
    INVALID,
    /** The server's preview is shown; apply is possible unless nothing changes. */
    PREVIEW,
    /** The file was applied (or found unchanged); the result is shown. */
    DONE
  }

  private final Session session;
  private final CountriesApi api;
  private final Executor background;
  private final Executor ui;
  private final ApiCalls calls;

  private final ReadOnlyObjectWrapper<Step> step =
      new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
  private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper(this, "alert", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ReadOnlyBooleanWrapper changesSomething =
      new ReadOnlyBooleanWrapper(this, "changesSomething", false);
  private final ObservableList<String> errors = FXCollections.observableArrayList();
  private final ObservableList<String> changes = FXCollections.observableArrayList();
  private final ObservableList<String> holidays = FXCollections.observableArrayList();
  private final BooleanBinding canApply;

  private byte[] content = new byte[0];

  /**
   * @param onSessionExpired called through {@code ui} when the server no longer accepts the token
   */
  public CountryImportViewModel(
      Session session,
      CountriesApi api,
      Executor background,
      Executor ui,
      Runnable onSessionExpired) {
    this.session = Objects.requireNonNull(session, "session");
    this.api = Objects.requireNonNull(api, "api");
    this.background = Objects.requireNonNull(background, "background");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.calls = new ApiCalls(onSessionExpired, alert::set);
    canApply =
        Bindings.createBooleanBinding(
            () -> !busy.get() && step.get() == Step.PREVIEW && changesSomething.get(),
            busy,
            step,
            changesSomething);
  }

  /** What reading and validating a file found, computed off the UI thread. */
  private record Checked(String name, byte[] bytes, List<FileError> errors) {}

  /**
   * Reads and validates the file, then asks the server for a preview if it is valid. Completes once
   * the screen state is updated.
   */
  public CompletableFuture<Void> choose(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    reset(name);
    busy.set(true);
    summary.set("Checking " + name + "…");
    return CompletableFuture.supplyAsync(() -> check(name, file), background)
        .thenApplyAsync(
            checked ->
                new Previewed(
                    checked,
                    checked.errors().isEmpty()
                        ? Optional.of(api.importFile(session, name, checked.bytes(), true))
                        : Optional.empty()),
            background)
        .handleAsync(
            (previewed, failure) -> {
              busy.set(false);
              if (failure != null) {
                alert.set(ApiCalls.unexpected(failure));
                summary.set("");
              } else {
                show(previewed);
              }
              return null;
            },
            ui);
  }

  /** A checked file and, when it was valid, the server's preview. */
  private record Previewed(Checked checked, Optional<ApiResult<ImportReport>> preview) {}

  private void show(Previewed previewed) {
    Checked checked = previewed.checked();
    if (!checked.errors().isEmpty()) {
      errors.setAll(checked.errors().stream().map(FileError::toString).toList());
      step.set(Step.INVALID);
      summary.set(
          checked.errors().size() + " error(s) in " + checked.name() + ": nothing was sent");
      return;
    }
    Optional<ImportReport> report = refusedOrValue(previewed.preview().orElseThrow());
    if (report.isEmpty()) {
      summary.set(
          step.get() == Step.INVALID
              ? "The server found " + errors.size() + " error(s) in " + checked.name()
              : "No preview");
      return;
    }
    content = checked.bytes();
    showReport(report.get());
    changesSomething.set(!report.get().unchanged());
    step.set(Step.PREVIEW);
    summary.set(report.get().message());
  }

  private void reset(String name) {
    fileName.set(name);
    errors.clear();
    changes.clear();
    holidays.clear();
    changesSomething.set(false);
    content = new byte[0];
    step.set(Step.CHOOSE);
  }

  private static Checked check(String name, Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(CountryFiles.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      return new Checked(
          name, new byte[0], List.of(new FileError(name, 0, "", "cannot be read: " + e)));
    }
    ValidationResult result = CountryFiles.parse(name, new ByteArrayInputStream(bytes));
    return new Checked(
        name,
        bytes,
        result.errors().stream()
            .map(e -> new FileError(e.file(), e.line(), e.field(), e.message()))
            .toList());
  }

  /** Applies the previewed file. Completes once the result is shown. */
  public CompletableFuture<Void> apply() {
    if (!canApply.get()) {
      return CompletableFuture.completedFuture(null);
    }
    busy.set(true);
    summary.set("Applying " + fileName.get() + "…");
    byte[] bytes = content;
    String name = fileName.get();
    return CompletableFuture.supplyAsync(
            () -> api.importFile(session, name, bytes, false), background)
        .handleAsync(
            (result, failure) -> {
              busy.set(false);
              if (failure != null) {
                alert.set(ApiCalls.unexpected(failure));
                return null;
              }
              Optional<ImportReport> report = refusedOrValue(result);
              report.ifPresentOrElse(
                  r -> {
                    showReport(r);
                    step.set(Step.DONE);
                    summary.set(
                        r.message()
                            + (r.practitionersRefreshed() > 0
                                ? "; free slots of "
                                    + r.practitionersRefreshed()
                                    + " practitioners recomputed"
                                : ""));
                  },
                  () -> summary.set("Not applied"));
              return null;
            },
            ui);
  }

  /**
   * File errors from the server are listed in place; other failures go through {@link ApiCalls}.
   */
  private Optional<ImportReport> refusedOrValue(ApiResult<ImportReport> result) {
    if (result instanceof ApiResult.Refused<ImportReport> refused && !refused.errors().isEmpty()) {
      errors.setAll(refused.errors().stream().map(FileError::toString).toList());
      step.set(Step.INVALID);
      return Optional.empty();
    }
    return calls.valueOrReport(result);
  }

  private void showReport(ImportReport r) {
    changes.setAll(r.changes());
    holidays.setAll(
        Stream.concat(
                r.holidaysAdded().stream().map(h -> "+ " + h),
                r.holidaysRemoved().stream().map(h -> "− " + h))
            .toList());
  }

  public ReadOnlyObjectProperty<Step> stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty fileNameProperty() {
    return fileName.getReadOnlyProperty();
  }

  /** One line about where the wizard stands (checking, preview message, result). */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** A message for an error dialog; empty when there is none. */
  public ReadOnlyStringProperty alertProperty() {
    return alert.getReadOnlyProperty();
  }

  public void clearAlert() {
    alert.set("");
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public BooleanBinding canApplyProperty() {
    return canApply;
  }

  /** The file's errors as {@code file:line: field: message}. */
  public ObservableList<String> errors() {
    return errors;
  }

  /** Changed fields as {@code field: before → after}. */
  public ObservableList<String> changes() {
    return changes;
  }

  /** Holidays gained ({@code + date name}) and lost ({@code − date name}). */
  public ObservableList<String> holidays() {
    return holidays;
  }
}
