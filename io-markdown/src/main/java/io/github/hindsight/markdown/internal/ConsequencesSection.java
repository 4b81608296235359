package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.spi.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ## Consequences} section: each consequence with its optional date, its
 * {@code {#id horizon=... balance-of-power}} attributes, and as fields its effects on actors
 * ({@code **Negative for** `cuba` — a note}) and its {@code **Evidence:**}.
 */
final class ConsequencesSection extends ItemSection<Consequence> {
  private static final List<String> FIELDS = List.of("Positive for", "Negative for", "Mixed for", "Neutral for", "Evidence");


  ConsequencesSection(SectionContext ctx) {
    super(ctx, "consequences");
  }

  @Override
  void item(ListItem item, ItemLine line, @Nullable BulletList nested) {
    String path = path();
    ItemAttributes attrs = attributes(item, line, path, "a consequence", List.of("horizon", "balance-of-power"));
    Consequence.Builder c = Consequence.builder().statement(line.text());
    HistoricalDate date = line.leadDate();
    if (date != null) {
      c.date(date);
    }
    Horizon horizon = attrs.word("horizon", WordSet.HORIZONS);
    if (horizon != null) {
      c.horizon(horizon);
    }
    String balance = attrs.values.get("balance-of-power");
    if (balance != null) {
      if (!balance.equals("yes") && !balance.equals("no")) {
        ctx.located.problem(attrs.at, "'balance-of-power=" + balance + "' must be yes or no");
      }
      c.balanceOfPower(balance.equals("yes"));
    }
    Map<String, Location> seen = new HashMap<>();
    List<ActorEffect> effects = new ArrayList<>();
    for (Field f : Field.of(ctx, nested, "a consequence")) {
      f.noNested(ctx);
      Matcher m = Field.EFFECT_LABEL.matcher(f.line().label());
      if (f.line().lead != null && m.matches()) {
        effect(f, m.group(1), path + ".effects[" + effects.size() + "]", effects);
      } else if (f.is("Evidence")) {
        f.once(ctx, seen, "a consequence");
        c.evidence(f.line().refs(path + ".evidence"));
      } else {
        ctx.unknownField("consequences", attrs.id, f.item(), f.line(), "a consequence", FIELDS);
      }
    }
    if (isNew("consequence", attrs)) {
      try {
        add(c.id(attrs.id).effects(effects).build());
      } catch (InvalidModelException | IllegalStateException invalid) {
        ctx.located.buildFailed(path, "consequence", invalid);
      }
    }
  }

  private void effect(Field f, String word, String effectPath, List<ActorEffect> effects) {
    Effect effect = ctx.word(word, f.line().leadAt(), WordSet.EFFECTS);
    ItemLine.CodeAndText ct = f.line().codeAndText("the actor's id in backticks, as in '- **Negative for** `cuba` — a note'");
    ctx.located.path(effectPath, f.line().leadAt());
    ctx.located.path(effectPath + ".actor", ct.codeAt());
    if (effect == null || ct.code() == null) {
      return;
    }
    ActorEffect e;
    try {
      e = ActorEffect.builder().actor(ct.code()).effect(effect).note(ct.text()).build();
    } catch (InvalidModelException | IllegalStateException invalid) {
      ctx.located.buildFailed(effectPath, "effect", invalid);
      return;
    }
    if (hasEffectOn(effects, e.actor())) {
      ctx.located.problem(ct.codeAt(), "a second effect on '" + e.actor() + "'; expected one effect per actor");
    } else {
      effects.add(e);
    }
  }

  private static boolean hasEffectOn(List<ActorEffect> effects, String actor) {
    for (ActorEffect x : effects) {
      if (x.actor().equals(actor)) {
        return true;
      }
    }
    return false;
  }
}
