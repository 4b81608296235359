package io.github.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code hindsight serve} refuses before it binds anything. */
class ServeCommandTest {
  @TempDir
  Path temp;

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Cli r = Cli.run("serve", temp.toString(), "--port", "70000");
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.USAGE);
    assertThat(r.err()).contains("--port: 70000 is not a port").doesNotContain("Exception");
  }

  @Test
  void aMissingFolderIsSaidAsAFileError() {
    Path missing = temp.resolve("nowhere");
    Cli r = Cli.run("serve", missing.toString(), "--port", "0");
    assertThat(r.code()).as("%s", r).isEqualTo(HindsightCli.IO_ERROR);
    assertThat(r.err()).contains(missing.toString()).contains("no such file or folder");
  }

  @Test
  void theHelpSaysWhereItListens() {
    Cli r = Cli.run("serve", "--help");
    assertThat(r.code()).isEqualTo(HindsightCli.OK);
    assertThat(r.out()).contains("127.0.0.1").contains("--port");
  }
}
