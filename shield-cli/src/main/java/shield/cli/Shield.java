package shield.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code shield} command: a tree of subcommands, one per question Shield answers.
 *
 * <p>Exit codes: 0 success, 1 internal failure, 2 bad input (one line naming the place and what
 * would be valid, no stack trace), 3 a target out of the missile's reach.
 */
@Command(
    name = "shield",
    mixinStandardHelpOptions = true,
    versionProvider = Shield.Version.class,
    description = "Shield: an open missile-defence architecture simulator.",
    subcommands = {
      FreeflightCommand.class,
      TrajectoryCommand.class,
      SenseCommand.class,
      RunCommand.class,
      FootprintCommand.class,
      DeterrenceCommand.class,
      ReachCommand.class,
      WarningCommand.class,
      CompareCommand.class,
      CatalogCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Shield implements Runnable {

  /** Exit code for bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code for a target beyond the missile's reach. */
  public static final int EXIT_OUT_OF_REACH = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with Shield's error handling; tests call this too. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Shield());
    cli.setParameterExceptionHandler(Shield::badParameter);
    cli.setExecutionExceptionHandler(Shield::failedExecution);
    return cli;
  }

  public static void main(String[] args) {
    // Maps are drawn off screen; never reach for a display, even where DISPLAY is set.
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }

  private static int badParameter(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println(
        "shield: "
            + e.getMessage()
            + " (see 'shield "
            + commandPath(e.getCommandLine())
            + "--help')");
    return EXIT_BAD_INPUT;
  }

  private static int failedExecution(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (e instanceof UserInputException) {
      // A file with several mistakes reports each on its own line.
      e.getMessage().lines().forEach(line -> err.println("shield: " + line));
      return ((UserInputException) e).exitCode();
    }
    err.println("shield: internal error: " + e);
    e.printStackTrace(err);
    return 1;
  }

  private static String commandPath(CommandLine cli) {
    String path = cli.getCommandSpec().qualifiedName(" ");
    return path.startsWith("shield ") ? path.substring("shield ".length()) + " " : "";
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Shield.class.getPackage().getImplementationVersion();
      return new String[] {"shield " + (v == null ? "development build" : v)};
    }
  }
}
