package io.github.hindsight.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.SerializableString;

/** The names the writer writes are the names the reader's tables read, and no others. */
class MemberNamesTest {
  @Test
  void everyEncodedNameIsAMemberOfTheFormat() throws IllegalAccessException {
    Set<String> read = new HashSet<>();
    for (Field f : Members.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Table.class) {
        f.setAccessible(true);
        read.addAll(((Table<?, ?>) f.get(null)).namesWithHeader());
      }
    }
    Set<String> written = new HashSet<>();
    for (Field f : MemberNames.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == SerializableString.class) {
        written.add(((SerializableString) f.get(null)).getValue());
      }
    }
    assertThat(read).hasSizeGreaterThan(50);
    assertThat(written).hasSizeGreaterThan(50).isSubsetOf(read);
  }
}
