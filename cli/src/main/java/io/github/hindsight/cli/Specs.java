package io.github.hindsight.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, built in code. picocli reads a model from annotations by
 * reflection, and each annotation type it meets gets a proxy class spun at run time: a large part
 * of a command that is over in a quarter of a second (docs/performance.md#start-up). Each
 * command holds the specs of its options and reads their values from them when it runs.
 */
final class Specs {
  private Specs() {}

  /**
   * A command with {@code --help} and {@code --version}, as picocli's standard help options give
   * them, and the paragraphs of its description.
   *
   * @param command what runs, a {@link java.util.concurrent.Callable}
   * @param name the command's name
   * @param description its paragraphs
   * @return the spec, to which the command adds its options
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    spec.usageMessage().description(description);
    return spec;
  }

  /**
   * Ends a command's usage with examples.
   *
   * @param spec the command
   * @param lines the examples, each indented as it is to be printed
   */
  static void examples(CommandSpec spec, String... lines) {
    spec.usageMessage().footerHeading("%nExamples:%n").footer(lines);
  }

  /**
   * A flag: an option without a value, false unless given.
   *
   * @param spec the command
   * @param name the option's name
   * @param description what it does
   * @return the option
   */
  static OptionSpec flag(CommandSpec spec, String name, String description) {
    return add(spec, OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description));
  }

  /** @return whether a flag was given */
  static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  /** Builds an option and adds it to a command; the command reads its value from what this returns. */
  static OptionSpec add(CommandSpec spec, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    spec.addOption(built);
    return built;
  }

  /**
   * The value of a repeatable {@code KEY=VALUE} option, in the order given.
   *
   * @param option the option
   * @return its entries; empty when it was not given
   */
  static <V> Map<String, V> map(OptionSpec option) {
    Map<String, V> value = option.getValue();
    return value == null ? Map.of() : value;
  }

  /**
   * The values of a parameter that takes any number of them.
   *
   * @param parameter the parameter
   * @return its values, in the order given; empty when none was given
   */
  static <E> List<E> list(PositionalParamSpec parameter) {
    List<E> value = parameter.getValue();
    return value == null ? List.of() : value;
  }

  /** Builds a positional parameter and adds it to a command. */
  static PositionalParamSpec add(CommandSpec spec, PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.build();
    spec.addPositional(built);
    return built;
  }
}
