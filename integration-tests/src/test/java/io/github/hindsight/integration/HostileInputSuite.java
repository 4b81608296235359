package io.github.hindsight.integration;

import io.github.hindsight.Hindsight;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.testkit.samples.RandomQuestions;
import io.github.hindsight.testkit.samples.Samples;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated documents of one format, read every way the format offers. Each case must end in a
 * normal result or a located {@link io.github.hindsight.spi.FormatException}, within a time
 * bound and without allocation out of proportion (see {@link Hostile}). A strict read is also
 * made from a file through the {@link Hindsight} facade, which must agree with the format's
 * reader. Subclasses name the format; the tries are chosen so that the three formats together
 * take a minute or two.
 */
abstract class HostileInputSuite {
  private static final Hindsight HINDSIGHT = Hindsight.standard();

  /** Where each document is written for the facade, one file per format, overwritten each try. */
  private static final Path FOLDER = folder();

  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("hostile");
      folder.toFile().deleteOnExit();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the format under test */
  abstract FormatProvider format();

  /** @return whether lenient reading is tried as well as strict reading */
  boolean lenientToo() {
    return true;
  }

  private FormatReader reader() {
    return format().reader().orElseThrow();
  }

  private FormatWriter writer() {
    return format().writer().orElseThrow();
  }

  /** A question document: seed 0 is the reference question, others are generated. */
  byte[] questionDocument(long seed) {
    Question q = seed == 0 ? Samples.cubanMissileCrisis() : RandomQuestions.question(seed);
    return bytes(out -> writer().writeQuestion(q, out));
  }

  /** A bank document with topics whose related topics form a cycle. */
  byte[] bankDocument(long seed) {
    QuestionBank bank = RandomQuestions.bank(seed, 4);
    return bytes(out -> writer().writeBank(bank, out));
  }

  interface Write {
    void to(ByteArrayOutputStream out) throws IOException;
  }

  static byte[] bytes(Write write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a document with the format's reader, strictly or leniently; a strict read is made
   * through the facade as well.
   */
  void read(byte[] document, Hostile.Mode mode, boolean strict) {
    if (!strict && lenientToo()) {
      Hostile.read(reader(), document, mode, false);
      return;
    }
    Path file = FOLDER.resolve("hostile." + format().extensions().get(0));
    file.toFile().deleteOnExit();
    Hostile.readThroughFacade(HINDSIGHT, format().id(), file, reader(), document, mode);
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Mutation.any();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, 40);
  }

  @Property(tries = 250)
  void aMutatedQuestionIsReadOrRefusedWithALocation(@ForAll("seeds") long seed, @ForAll("mutations") Mutation mutation, @ForAll boolean strict) {
    byte[] broken = mutation.on(questionDocument(seed));
    read(broken, Hostile.Mode.QUESTION, strict);
    read(broken, Hostile.Mode.STREAM, strict);
  }

  @Property(tries = 150)
  void aMutatedBankIsReadOrRefusedWithALocation(@ForAll("seeds") long seed, @ForAll("mutations") Mutation mutation, @ForAll boolean strict) {
    byte[] broken = mutation.on(bankDocument(seed));
    read(broken, Hostile.Mode.BANK, strict);
    read(broken, Hostile.Mode.STREAM, strict);
  }

  @Property(tries = 50)
  void twoMutationsAtOnce(@ForAll("seeds") long seed, @ForAll("mutations") Mutation first, @ForAll("mutations") Mutation second) {
    byte[] broken = second.on(first.on(bankDocument(seed)));
    read(broken, Hostile.Mode.BANK, true);
  }
}
