package io.github.hindsight.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A figure a piece of evidence gives: a value, its unit, and whether it is approximate, as in
 * about 2.3 million tons of supplies in about 277,000 flights, or six battleships. The value is a
 * {@link BigDecimal}, so that it is kept exactly, in its shortest form: {@code 2300000},
 * {@code 2.5}, never {@code 2.3E+6} or {@code 2.50}.
 *
 * <pre>{@code
 * Quantity.of(new BigDecimal("2300000"), "tons").withApproximate(true);
 * Quantity.parse("about 2300000 tons");
 * }</pre>
 */
@Value.Immutable
abstract class AbstractQuantity {
  private static final Pattern TEXT = Pattern.compile("(about )?(-?[0-9]+(?:\\.[0-9]+)?) (.+)");

  /** The most digits before the decimal point. */
  static final int MAX_WHOLE_DIGITS = 30;
  /** The most digits after the decimal point. */
  static final int MAX_DECIMALS = 20;

  /** @return the value, in its shortest exact form */
  @Value.Parameter
  public abstract BigDecimal value();

  /** @return what is counted or measured, such as {@code tons}, {@code flights} or {@code battleships} */
  @Value.Parameter
  public abstract String unit();

  /** @return true if the value is approximate ("about"), false if it is exact */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * The text form the Markdown format writes: the value in plain digits, then the unit, after
   * {@code about} if it is approximate, such as {@code about 2300000 tons} or {@code 6 battleships}.
   *
   * @return the text
   */
  public String text() {
    return (approximate() ? "about " : "") + value().toPlainString() + " " + unit();
  }

  /**
   * The quantity a text form as {@link #text()} writes it stands for.
   *
   * @param text such as {@code about 2300000 tons}
   * @return the quantity
   * @throws IllegalArgumentException if the text is not a quantity, saying what was expected
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + Rules.excerpt(text) + "' is not a quantity; expected a number in plain digits, "
          + "then its unit, after 'about' if it is approximate, such as 'about 2300000 tons' or '6 battleships'");
    }
    return Quantity.builder().value(new BigDecimal(m.group(2))).unit(m.group(3)).approximate(m.group(1) != null).build();
  }

  @Value.Check
  AbstractQuantity normalize() {
    Checks.notBlank("unit", unit());
    BigDecimal stripped = value().stripTrailingZeros();
    // Checked before the scale is changed, so that a value such as 1E+999999999 is refused rather than written out.
    if (stripped.precision() - stripped.scale() > MAX_WHOLE_DIGITS || stripped.scale() > MAX_DECIMALS) {
      throw Checks.problem("value", ProblemKind.BAD_VALUE, "expected a number of at most " + MAX_WHOLE_DIGITS
          + " digits before the decimal point and " + MAX_DECIMALS + " after it but found " + Rules.excerpt(value().toString()));
    }
    BigDecimal shortest = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    return shortest.equals(value()) ? this : Quantity.builder().from(this).value(shortest).build();
  }
}
