package com.medislot.datagen;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.api.FlywayException;

/**
 * Command line entry point. Exit codes: 0 done, 1 the run failed (database refused or not empty), 2
 * bad arguments (nothing was done to the database).
 */
public final class Main {

  /** Exit code of a run with bad arguments. */
  public static final int USAGE_ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Clock.systemUTC(), System.out, System.err));
  }

  /**
   * Runs the generator and returns the exit code instead of exiting.
   *
   * @param args {@code --name=value} options, see {@link Arguments#USAGE}
   */
  public static int run(String[] args, Clock clock, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(Arguments.USAGE);
      return USAGE_ERROR;
    }
    try {
      new Generator(arguments, clock, out).run();
      return 0;
    } catch (GenerationException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (FlywayException e) {
      err.println("error: migrating the schema failed: " + e.getMessage());
      return 1;
    } catch (SQLException e) {
      err.println("error: the database refused a statement: " + e.getMessage());
      return 1;
    }
  }
}
