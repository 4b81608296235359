package io.github.hindsight.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where two model values differ, as paths such as {@code objectives[3].outcome.rationale}. It
 * reads values through their public accessors only, so it works on the module path, where the
 * model's fields are closed to reflection.
 */
final class ModelDiff {
  /** Enough to see a pattern in what a format loses, few enough to read. */
  static final int LIMIT = 10;

  private static final String MODEL_PACKAGE = "io.github.hindsight.";
  /** No-argument methods that are not attributes: Object's, and the report computed from the rest. */
  private static final Set<String> NOT_ATTRIBUTES = Set.of("toString", "hashCode", "validate");

  private final List<String> differences = new ArrayList<>();

  private ModelDiff() {}

  /**
   * The places where two values differ, each with both values there: at most {@link #LIMIT},
   * in the order of the value's lists and, within a value, of its attributes' names.
   *
   * @param actual one value
   * @param expected the other
   * @return the differences, empty when the values are equal
   */
  static List<String> differences(Object actual, Object expected) {
    ModelDiff diff = new ModelDiff();
    diff.compare("", actual, expected);
    return List.copyOf(diff.differences);
  }

  private void compare(String path, Object actual, Object expected) {
    if (differences.size() >= LIMIT || Objects.equals(actual, expected)) {
      return;
    }
    if (actual instanceof Optional<?> a && expected instanceof Optional<?> e && a.isPresent() && e.isPresent()) {
      compare(path, a.get(), e.get());
    } else if (actual instanceof List<?> a && expected instanceof List<?> e) {
      for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
        compare(path + "[" + i + "]", a.get(i), e.get(i));
      }
      if (a.size() != e.size()) {
        differences.add(at(path) + ": " + a.size() + " elements, expected " + e.size());
      }
    } else if (actual instanceof Map<?, ?> a && expected instanceof Map<?, ?> e && a.keySet().equals(e.keySet())) {
      a.keySet().forEach(key -> compare(path + "[" + key + "]", a.get(key), e.get(key)));
    } else if (actual != null && expected != null && actual.getClass() == expected.getClass() && isModelValue(actual.getClass())) {
      for (Method accessor : accessors(actual.getClass())) {
        compare(path.isEmpty() ? accessor.getName() : path + "." + accessor.getName(), read(accessor, actual), read(accessor, expected));
      }
    } else {
      differences.add(at(path) + ": was " + actual + ", expected " + expected);
    }
  }

  private static String at(String path) {
    return path.isEmpty() ? "the value" : path;
  }

  private static boolean isModelValue(Class<?> type) {
    return type.getName().startsWith(MODEL_PACKAGE) && !type.isEnum() && Modifier.isAbstract(type.getSuperclass().getModifiers());
  }

  /**
   * The value's attributes: the no-argument methods of the type it is generated from, abstract or
   * with a default, that the value answers in public.
   */
  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method declared : type.getSuperclass().getDeclaredMethods()) {
      int modifiers = declared.getModifiers();
      if (!Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers) && declared.getParameterCount() == 0
          && declared.getReturnType() != void.class && !declared.isSynthetic() && !NOT_ATTRIBUTES.contains(declared.getName())) {
        try {
          accessors.add(type.getMethod(declared.getName()));
        } catch (NoSuchMethodException e) {
          // Not public on the value itself: not part of what a format must keep.
        }
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    return accessors;
  }

  private static Object read(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName() + " of " + value, e);
    }
  }
}
