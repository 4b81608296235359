package io.github.hindsight.spi.support;

import io.github.hindsight.spi.FormatProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for how a format describes itself: its id, display name, media type and extensions,
 * that it reads or writes, and that a format which only writes says it is an export. The format registry refuses a provider that breaks them, and the
 * testkit checks a plugin against the same rules.
 */
public final class FormatDescriptions {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-zA-Z0-9!#$&^_.+-]+/[a-zA-Z0-9!#$&^_.+-]+(;.*)?");

  private FormatDescriptions() {}

  /**
   * Every way in which a provider's description breaks the rules.
   *
   * @param provider the provider
   * @return one sentence per broken rule, such as {@code the display name is blank}; empty when
   *     the description is well formed
   * @throws RuntimeException whatever the provider throws while describing itself
   */
  public static List<String> problems(FormatProvider provider) {
    Objects.requireNonNull(provider, "provider");
    List<String> errors = new ArrayList<>();
    @Nullable String id = provider.id();
    if (id == null || !ID.matcher(id).matches()) {
      errors.add("id '" + id + "' is not a lower-case word such as 'json'");
    }
    @Nullable String displayName = provider.displayName();
    if (displayName == null || displayName.isBlank()) {
      errors.add("the display name is blank");
    }
    @Nullable String mediaType = provider.mediaType();
    if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
      errors.add("media type '" + mediaType + "' is not of the form 'type/subtype'");
    }
    @Nullable List<String> extensions = provider.extensions();
    if (extensions == null) {
      errors.add("extensions() returned null instead of an empty list");
    } else {
      for (@Nullable String ext : extensions) {
        if (ext == null || !ID.matcher(ext).matches()) {
          errors.add("extension '" + ext + "' is not lower case without a dot, such as 'json'");
        }
      }
    }
    if (provider.reader().isEmpty() && provider.writer().isEmpty()) {
      errors.add("it supplies neither a reader nor a writer");
    }
    if (provider.reader().isEmpty() && provider.writer().isPresent() && provider.writer().get().isLossless()) {
      errors.add("it writes only, yet its writer says isLossless() is true: nothing reads its output back,"
          + " so it is an export and isLossless() must be false");
    }
    return List.copyOf(errors);
  }
}
