package io.github.hindsight.json.internal;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hindsight.json.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The members the reader knows, object by object, are the properties the JSON schemas describe:
 * a member added to the format in one place and not the other fails here.
 */
class MembersMatchSchemaTest {
  /** Where each object of a question is described, in both schemas' {@code $defs}. */
  static final Map<Table<?, ?>, String> DESCRIBED = Map.ofEntries(
      entry(Members.REPRESENTATIVE, "/$defs/representative"),
      entry(Members.ACTOR, "/$defs/actor"),
      entry(Members.READING, "/$defs/reading"),
      entry(Members.OUTCOME, "/$defs/outcome"),
      entry(Members.OBJECTIVE, "/$defs/objective"),
      entry(Members.EFFECT, "/$defs/actorEffect"),
      entry(Members.CONSEQUENCE, "/$defs/consequence"),
      entry(Members.QUANTITY, "/$defs/quantity"),
      entry(Members.EVIDENCE, "/$defs/evidence"),
      entry(Members.PERCEPTION, "/$defs/perception"),
      entry(Members.SOURCE, "/$defs/source"),
      entry(Members.PROVENANCE, "/$defs/provenance"),
      entry(Members.INTERPRETATION, "/$defs/interpretation"),
      entry(Members.CRITERION, "/$defs/criterion"),
      entry(Members.LABELLED, "/$defs/exam/properties/interpretations/items"),
      entry(Members.LEVEL, "/$defs/exam/properties/levels/items"),
      entry(Members.EXAM, "/$defs/exam"),
      entry(Members.QUESTION, "/$defs/questionMembers"),
      entry(Members.TOPIC, "/$defs/topic"));

  static JsonNode question;
  static JsonNode bank;

  @BeforeAll
  static void load() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    try (InputStream q = JsonFormat.class.getResourceAsStream(JsonFormat.QUESTION_SCHEMA);
        InputStream b = JsonFormat.class.getResourceAsStream(JsonFormat.BANK_SCHEMA)) {
      question = mapper.readTree(q);
      bank = mapper.readTree(b);
    }
  }

  static List<String> properties(JsonNode schema, String pointer) {
    JsonNode properties = schema.at(pointer + "/properties");
    assertThat(properties.isObject()).as("properties at %s", pointer).isTrue();
    return new ArrayList<>(properties.propertyNames());
  }

  static List<String> required(JsonNode schema, String pointer) {
    List<String> out = new ArrayList<>();
    schema.at(pointer + "/required").values().forEach(n -> out.add(n.asString()));
    return out;
  }

  static Stream<Table<?, ?>> describedTables() {
    return DESCRIBED.keySet().stream();
  }

  @Test
  void everyTableButTheBanksIsDescribedHere() {
    List<Table<?, ?>> all = new ArrayList<>(Members.ALL);
    all.remove(Members.BANK);
    assertThat(DESCRIBED.keySet()).containsExactlyInAnyOrderElementsOf(all);
  }

  @ParameterizedTest
  @MethodSource("describedTables")
  void theMembersAreTheSchemasProperties(Table<?, ?> table) {
    String at = DESCRIBED.get(table);
    assertThat(table.names()).as("%s, at %s of the question schema", table.what(), at).containsExactlyElementsOf(properties(question, at));
    assertThat(table.names()).as("%s, at %s of the bank schema", table.what(), at).containsExactlyElementsOf(properties(bank, at));
  }

  @ParameterizedTest
  @MethodSource("describedTables")
  void whatTheReaderRequiresTheSchemaRequires(Table<?, ?> table) {
    // The schema may require more: a member the model refuses to go without, such as an
    // objective's actors, is left to the model's own message.
    String at = DESCRIBED.get(table);
    assertThat(required(question, at)).as("required by the schema in %s", table.what()).containsAll(table.required());
  }

  @Test
  void theDocumentsOpenWithTheHeader() {
    assertThat(properties(question, "")).containsExactlyElementsOf(Table.HEADER);
    assertThat(required(question, "")).containsExactlyElementsOf(Table.HEADER);
    assertThat(Members.QUESTION.namesWithHeader())
        .containsExactlyElementsOf(Stream.concat(Table.HEADER.stream(), properties(question, "/$defs/questionMembers").stream()).toList());
  }

  @Test
  void theBankIsTheBankSchemasDocument() {
    assertThat(Members.BANK.namesWithHeader()).containsExactlyElementsOf(properties(bank, ""));
    assertThat(required(bank, "")).containsAll(Members.BANK.required());
  }
}
