package io.github.hindsight.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsing the memory and start-up checks rely on, on log lines in the JDK's own format. */
class ChecksTest {

  @Test
  void thePeakIsTheLargestHeapBeforeACollection() {
    List<String> log = List.of(
        "[0.005s][info][gc] Using G1",
        "[0.412s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->3M(64M) 2.511ms",
        "[0.981s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 41M->4M(64M) 1.903ms",
        "[1.224s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 38M->5M(64M) 1.2ms",
        "[1.225s][info][gc] GC(3) Concurrent Mark Cycle");
    assertThat(MemoryCheck.peakMegabytes(log)).isEqualTo(41);
    assertThat(MemoryCheck.peakMegabytes(List.of("[0.005s][info][gc] Using G1"))).isZero();
  }

  @Test
  void theHeapRatioTakesTheJvmsOwnHeapOff() {
    String table = HeapCheck.table(List.of(new HeapCheck.Need("json", "tiny (the JVM's own)", 4096, 5, 1L << 20),
        new HeapCheck.Need("json", "bank of corpus questions", 8L << 20, 37, 21L << 20)));
    // (37 - 5) MiB of heap for 8 MiB of input, of which the bank read holds 21 - 1 MiB.
    assertThat(table).contains("| json | bank of corpus questions | 8.0 MiB | 37 MiB | 4.0× | 2.5× |");
    assertThat(HeapCheck.ratio(3, 1L << 20)).isEqualTo(3.0);
    assertThat(HeapCheck.ratio(-1, 1L << 20)).isZero();
  }

  @Test
  void loadedClassesAreReadFromTheClassLoadLog(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("classes.txt");
    Files.writeString(log, "[0.010s][info][class,load] java.lang.Object source: shared objects file\n"
        + "[0.120s][info][class,load] io.github.hindsight.json.JsonFormat source: file:/x/io-json.jar\n"
        + "[0.121s][info][class,load] io.github.hindsight.json.internal.QuestionReader$$Lambda$12/0x0000 source: io.github.hindsight.json.internal.QuestionReader\n");
    List<ClassLog.Loaded> read = ClassLog.read(log);
    assertThat(read).extracting(ClassLog.Loaded::shared).containsExactly(true, false, false);
    List<String> loaded = read.stream().map(ClassLog.Loaded::name).toList();
    assertThat(loaded).containsExactly("java.lang.Object", "io.github.hindsight.json.JsonFormat",
        "io.github.hindsight.json.internal.QuestionReader$$Lambda$12/0x0000");
    assertThat(loaded).extracting(ClassLog::packageGroup)
        .containsExactly("java.lang", "io.github.hindsight.json", "io.github.hindsight.json");
    // Beyond a baseline that loaded only java.lang.Object: the two Hindsight classes, in one group.
    assertThat(ClassLog.beyond(read, read.subList(0, 1)))
        .extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("io.github.hindsight.json=2");
  }
}
