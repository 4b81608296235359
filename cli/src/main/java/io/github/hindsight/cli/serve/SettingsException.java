package io.github.hindsight.cli.serve;

/** A setting of a judgement that the question cannot take, named as its author would name it. */
public final class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String setting;

  SettingsException(String setting, String message) {
    super(message);
    this.setting = setting;
  }

  /** @return the setting refused: {@code as-of}, {@code weight} or {@code reading} */
  public String setting() {
    return setting;
  }
}
