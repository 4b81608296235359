package io.github.hindsight.testkit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that every public method and constructor of a module's exported packages refuses
 * {@code null} at once, with a {@link NullPointerException} whose message names the parameter
 * (or, for a setter such as {@code withKindLabel} or {@code addActor}, what it sets), as
 * Hindsight's modules promise. An NPE with no message, or the JVM's own message for a
 * dereference, does not count: the argument must be refused, not stumbled over. Each reference parameter in turn is given {@code null}, the
 * others sample values; parameters whose type is annotated {@code @Nullable} are left out.
 *
 * <pre>{@code
 * NullArguments.ofModuleOf(JsonFormat.class)
 *     .sample(Question.class, SampleBank.minimal())
 *     .check();
 * }</pre>
 *
 * <p>Samples for strings, numbers, paths, streams, collections, {@code Optional}, enums and
 * arrays are built in; other types come from {@link #sample(Class, Object)}, else from a public
 * no-argument constructor or static factory of the type or of the class it is nested in. A
 * type that has none is reported, so that nothing is passed over in silence. The module's
 * exported packages are read from the {@code module-info.class} beside its classes.
 */
public final class NullArguments {
  /** The message of an NPE the JVM threw for a dereference, rather than one a check threw. */
  static final Pattern HELPFUL_MESSAGE = Pattern.compile("^Cannot .* because .* is null$");

  private final ExportedClasses module;
  private final Map<Class<?>, Object> samples = new LinkedHashMap<>();
  private final List<Predicate<Executable>> skipped = new ArrayList<>();

  private NullArguments(ExportedClasses module) {
    this.module = module;
  }

  /**
   * A check of the module that holds a class: every exported package of it.
   *
   * @param anyClass a class of the module
   * @return the check, to be given samples and run
   * @throws IllegalArgumentException if the class does not come from a folder or jar with a
   *     {@code module-info.class}
   */
  public static NullArguments ofModuleOf(Class<?> anyClass) {
    Objects.requireNonNull(anyClass, "anyClass");
    return new NullArguments(ExportedClasses.ofModuleOf(anyClass));
  }

  /**
   * A value to pass for parameters of a type, and the instance to call its instance methods on.
   *
   * @param <T> the type
   * @param type the type
   * @param value the value
   * @return this check
   */
  public <T> NullArguments sample(Class<T> type, T value) {
    Objects.requireNonNull(type, "type");
    samples.put(type, type.cast(Objects.requireNonNull(value, "value")));
    return this;
  }

  /**
   * Leaves out methods and constructors, such as those whose contract accepts {@code null}.
   *
   * @param which true for what to leave out
   * @return this check
   */
  public NullArguments skip(Predicate<Executable> which) {
    skipped.add(Objects.requireNonNull(which, "which"));
    return this;
  }

  /**
   * Runs the check.
   *
   * @throws AssertionError listing every method or constructor that accepted {@code null}, threw
   *     something else, or threw without naming the parameter
   */
  public void check() {
    List<String> failures = failures();
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " public methods and constructors do not refuse null with the parameter's name:\n"
          + String.join("\n", failures));
    }
  }

  /**
   * What {@link #check()} would report, one line a failure.
   *
   * @return the failures, empty if there is none
   */
  public List<String> failures() {
    List<String> failures = new ArrayList<>();
    for (Class<?> type : module.publicClasses()) {
      List<Executable> executables = new ArrayList<>();
      executables.addAll(Arrays.asList(type.getConstructors()));
      executables.addAll(Arrays.asList(type.getDeclaredMethods()));
      // Public methods a public class inherits from a class that is not public are its API too.
      for (Method method : type.getMethods()) {
        Class<?> from = method.getDeclaringClass();
        if (from != type && !ExportedClasses.isPublicApi(from) && from.getModule() == type.getModule() && module.exports(from.getPackageName())) {
          executables.add(method);
        }
      }
      executables.sort(Comparator.comparing(Executable::toGenericString));
      for (Executable executable : executables) {
        if (applies(type, executable)) {
          check(type, executable, failures);
        }
      }
    }
    return failures;
  }

  private boolean applies(Class<?> type, Executable executable) {
    int modifiers = executable.getModifiers();
    if (!Modifier.isPublic(modifiers) || executable.isSynthetic() || Modifier.isAbstract(modifiers)) {
      return false;
    }
    if (executable instanceof Constructor<?> && Modifier.isAbstract(type.getModifiers())) {
      return false;
    }
    if (executable instanceof Method method) {
      if (method.isBridge() || isObjectMethod(method) || (type.isEnum() && method.getName().equals("valueOf"))) {
        return false;
      }
    }
    if (Arrays.stream(executable.getParameterTypes()).allMatch(Class::isPrimitive)) {
      return false;
    }
    return skipped.stream().noneMatch(p -> p.test(executable));
  }

  private static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private void check(Class<?> type, Executable executable, List<String> failures) {
    String name = type.getName() + "." + (executable instanceof Constructor<?> ? "<init>" : executable.getName())
        + Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    Parameter[] parameters = executable.getParameters();
    Object target = null;
    if (executable instanceof Method method && !Modifier.isStatic(method.getModifiers())) {
      Optional<Object> instance = value(type);
      if (instance.isEmpty()) {
        failures.add(name + ": no sample of " + type.getName() + " to call it on; give one with sample()");
        return;
      }
      target = instance.get();
    }
    for (int i = 0; i < parameters.length; i++) {
      Parameter parameter = parameters[i];
      if (parameter.getType().isPrimitive() || isNullable(parameter.getAnnotatedType())) {
        continue;
      }
      if (!parameter.isNamePresent()) {
        failures.add(name + ": parameter names are not in the class file; compile with -parameters");
        return;
      }
      Object[] arguments = new Object[parameters.length];
      for (int j = 0; j < parameters.length; j++) {
        if (j == i) {
          continue;
        }
        Optional<Object> value = value(parameters[j].getType());
        if (value.isEmpty()) {
          failures.add(name + ": no sample of " + parameters[j].getType().getName() + " for parameter '" + parameters[j].getName()
              + "'; give one with sample()");
          return;
        }
        arguments[j] = value.get();
      }
      String problem = call(executable, target, arguments, parameter.getName());
      if (problem != null) {
        failures.add(name + " given null for '" + parameter.getName() + "': " + problem);
      }
    }
  }

  /** @return what is wrong with the call, or null when it threw the right exception */
  private static String call(Executable executable, Object target, Object[] arguments, String parameter) {
    Throwable thrown;
    try {
      // A public method inherited from a class that is not public needs this to be called.
      executable.setAccessible(true);
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(arguments);
      } else {
        ((Method) executable).invoke(target, arguments);
      }
      return "accepted it";
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "could not be called: " + e;
    }
    if (!(thrown instanceof NullPointerException)) {
      return "threw " + thrown + " instead of a NullPointerException";
    }
    String message = thrown.getMessage();
    if (message == null || HELPFUL_MESSAGE.matcher(message).matches()) {
      return "threw a NullPointerException from inside (" + message + ") instead of refusing the argument by name";
    }
    if (!message.contains(parameter) && !message.contains(attribute(executable))) {
      return "threw a NullPointerException whose message '" + message + "' names neither the parameter nor what it sets";
    }
    return null;
  }

  /** What a setter sets, such as {@code kindLabel} for {@code withKindLabel}; generated code names that. */
  private static String attribute(Executable executable) {
    String name = executable.getName();
    for (String prefix : List.of("with", "addAll", "add", "putAll", "put", "set")) {
      if (name.startsWith(prefix) && name.length() > prefix.length() && Character.isUpperCase(name.charAt(prefix.length()))) {
        return Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
      }
    }
    return name;
  }

  private static boolean isNullable(AnnotatedType type) {
    return Arrays.stream(type.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  // ------------------------------------------------------------------ sample values

  private Optional<Object> value(Class<?> type) {
    if (!harvested) {
      harvested = true;
      harvest();
    }
    Object sample = samples.get(type);
    if (sample != null) {
      return Optional.of(sample);
    }
    for (Map.Entry<Class<?>, Object> entry : samples.entrySet()) {
      if (type.isAssignableFrom(entry.getKey())) {
        return Optional.of(entry.getValue());
      }
    }
    Object builtIn = builtIn(type);
    if (builtIn != null) {
      return Optional.of(builtIn);
    }
    if (type.isArray()) {
      return Optional.of(Array.newInstance(type.getComponentType(), 0));
    }
    if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    }
    return created(type);
  }

  private boolean harvested;

  /**
   * Adds as samples the values reachable from the given samples through public accessors with no
   * arguments, a few levels deep, and the first element of each list, map or optional on the way:
   * a question gives its actors, objectives and so on.
   */
  private void harvest() {
    List<Object> level = new ArrayList<>(samples.values());
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      List<Object> next = new ArrayList<>();
      for (Object value : level) {
        Method[] methods = value.getClass().getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method accessor : methods) {
          if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers()) && accessor.getReturnType() != void.class
              && accessor.getDeclaringClass() != Object.class && ExportedClasses.isPublicApi(accessor.getDeclaringClass())
              && module.exports(accessor.getDeclaringClass().getPackageName())) {
            Object found;
            try {
              found = unwrap(accessor.invoke(value));
            } catch (ReflectiveOperationException | RuntimeException e) {
              continue;
            }
            if (found != null && ExportedClasses.isPublicApi(found.getClass()) && samples.putIfAbsent(found.getClass(), found) == null) {
              next.add(found);
            }
          }
        }
      }
      level = next;
    }
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty() ? null : collection.iterator().next();
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? null : map.values().iterator().next();
    }
    return value;
  }

  private static Object builtIn(Class<?> type) {
    if (type == String.class || type == CharSequence.class || type == Object.class) {
      return "sample";
    }
    if (type == Integer.class || type == int.class) {
      return 1;
    }
    if (type == Long.class || type == long.class) {
      return 1L;
    }
    if (type == Double.class || type == double.class) {
      return 1.0;
    }
    if (type == Boolean.class || type == boolean.class) {
      return true;
    }
    if (type == Path.class) {
      return Path.of("no-such-file.sample");
    }
    if (type == InputStream.class) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (type == OutputStream.class) {
      return OutputStream.nullOutputStream();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == SortedSet.class) {
      return new TreeSet<>();
    }
    if (type == SortedMap.class) {
      return new TreeMap<>();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == List.class || type == Collection.class || type == Iterable.class) {
      return List.of();
    }
    if (type == Stream.class) {
      return Stream.empty();
    }
    if (type == Class.class) {
      return Object.class;
    }
    if (type == ClassLoader.class) {
      return NullArguments.class.getClassLoader();
    }
    if (type == ModuleLayer.class) {
      return ModuleLayer.boot();
    }
    if (type.isInterface() && type.isAnnotationPresent(FunctionalInterface.class)) {
      return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> defaultOf(method.getReturnType()));
    }
    return null;
  }

  private static Object defaultOf(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type.isPrimitive() && type != void.class) {
      return type == char.class ? (Object) '\0' : (Object) 0;
    }
    return builtIn(type);
  }

  /** A value made by a public no-argument constructor or static factory of the type or its enclosing class. */
  private Optional<Object> created(Class<?> type) {
    try {
      return Optional.of(type.getConstructor().newInstance());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // No usable constructor; try the factories.
    }
    List<Method> factories = new ArrayList<>();
    factories.addAll(Arrays.asList(type.getMethods()));
    if (type.getEnclosingClass() != null) {
      factories.addAll(Arrays.asList(type.getEnclosingClass().getMethods()));
    }
    for (Method factory : factories) {
      if (Modifier.isStatic(factory.getModifiers()) && factory.getParameterCount() == 0 && factory.getReturnType() == type) {
        try {
          // Such as ReadOptions.defaults(), declared in the package-private AbstractReadOptions.
          factory.setAccessible(true);
          Object made = factory.invoke(null);
          samples.put(type, made);
          return Optional.of(made);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // Try the next.
        }
      }
    }
    return Optional.empty();
  }
}
