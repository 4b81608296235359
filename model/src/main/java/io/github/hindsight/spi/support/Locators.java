package io.github.hindsight.spi.support;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.spi.Location;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/** The locators that the factories of {@link Locator} make. */
final class Locators {
  private Locators() {}

  /** Each path as its JSON pointer in one document, the root as the document alone. */
  static final class Pointers implements Locator {
    private final String source;

    Pointers(String source) {
      this.source = source;
    }

    @Override
    public Location locate(ModelPath path) {
      Location.Builder at = Location.builder().source(source);
      if (!path.isRoot()) {
        at.pointer(path.pointer());
      }
      return at.build();
    }
  }

  /** Each path within a question or topic by the locator of that item, any other path in the document. */
  static final class ByItem implements Locator {
    private final Locator document;
    private final IntFunction<Locator> question;
    private final IntFunction<Locator> topic;

    ByItem(Locator document, IntFunction<Locator> question, IntFunction<Locator> topic) {
      this.document = document;
      this.question = question;
      this.topic = topic;
    }

    @Override
    public Location locate(ModelPath path) {
      Optional<BankItem> found = BankItem.of(path);
      if (found.isPresent()) {
        BankItem item = found.get();
        @Nullable Location at = (item.question() ? question : topic).apply(item.index()).locate(item.within(path));
        // An item's locator that answers null, against its contract, still leaves the document.
        if (at != null) {
          return at;
        }
      }
      return document.locate(path);
    }
  }

  /** The locator of each item of a part by its index in the part's list. */
  static final class Listed implements IntFunction<Locator> {
    private final List<Locator> locators;

    Listed(List<Locator> locators) {
      this.locators = locators;
    }

    @Override
    public Locator apply(int index) {
      return locators.get(index);
    }
  }
}
