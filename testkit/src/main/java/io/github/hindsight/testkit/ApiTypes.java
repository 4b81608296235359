package io.github.hindsight.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks that the API of a module's exported packages names no type of some packages, so that
 * users and plugins are not tied to a library the module uses inside. Every public class of the
 * exported packages is read by reflection: its superclass and interfaces, and the types of its
 * public and protected constructors, methods and fields (parameters, results, exceptions and
 * type parameters), generic type arguments included.
 *
 * <pre>{@code
 * ApiTypes.ofModuleOf(JsonFormat.class)
 *     .forbid("com.google.common")
 *     .check();
 * }</pre>
 *
 * <p>The module's exported packages are read from the {@code module-info.class} beside its
 * classes.
 */
public final class ApiTypes {
  private final ExportedClasses module;
  private final Set<String> forbidden = new TreeSet<>();

  private ApiTypes(ExportedClasses module) {
    this.module = module;
  }

  /**
   * A check of the module that holds a class: every exported package of it.
   *
   * @param anyClass a class of the module
   * @return the check, to be told what to forbid and run
   * @throws IllegalArgumentException if the class does not come from a folder or jar with a
   *     {@code module-info.class}
   */
  public static ApiTypes ofModuleOf(Class<?> anyClass) {
    Objects.requireNonNull(anyClass, "anyClass");
    return new ApiTypes(ExportedClasses.ofModuleOf(anyClass));
  }

  /**
   * Forbids the types of a package and of the packages below it.
   *
   * @param packageName the package, such as {@code com.google.common}
   * @return this check
   */
  public ApiTypes forbid(String packageName) {
    forbidden.add(Objects.requireNonNull(packageName, "packageName"));
    return this;
  }

  /**
   * Runs the check.
   *
   * @throws AssertionError listing every place of the API that names a forbidden type
   */
  public void check() {
    List<String> failures = failures();
    if (!failures.isEmpty()) {
      throw new AssertionError("the API names a type of " + String.join(", ", forbidden) + " in " + failures.size()
          + (failures.size() == 1 ? " place:\n" : " places:\n") + String.join("\n", failures));
    }
  }

  /**
   * What {@link #check()} would report, one line a place.
   *
   * @return the places, empty if there is none
   */
  public List<String> failures() {
    List<String> failures = new ArrayList<>();
    for (Class<?> type : module.publicClasses()) {
      String name = type.getName();
      report(failures, name + " extends", type.getGenericSuperclass());
      for (Type implemented : type.getGenericInterfaces()) {
        report(failures, name + " implements", implemented);
      }
      for (TypeVariable<?> variable : type.getTypeParameters()) {
        report(failures, name + "<" + variable.getName() + ">", variable);
      }
      for (Field field : members(type.getFields(), type.getDeclaredFields())) {
        report(failures, name + "." + field.getName(), field.getGenericType());
      }
      for (Constructor<?> constructor : members(type.getConstructors(), type.getDeclaredConstructors())) {
        executable(failures, name + ".<init>", constructor);
      }
      for (Method method : members(type.getMethods(), type.getDeclaredMethods())) {
        executable(failures, name + "." + method.getName(), method);
      }
    }
    return failures;
  }

  /** The public members, inherited ones included, and the protected ones declared here, in a fixed order. */
  private static <M extends Member> List<M> members(M[] visible, M[] declared) {
    List<M> members = new ArrayList<>();
    Set<M> seen = new HashSet<>();
    for (M member : visible) {
      if (!member.isSynthetic() && seen.add(member)) {
        members.add(member);
      }
    }
    for (M member : declared) {
      if (Modifier.isProtected(member.getModifiers()) && !member.isSynthetic() && seen.add(member)) {
        members.add(member);
      }
    }
    members.sort(Comparator.comparing(Member::toString));
    return members;
  }

  private void executable(List<String> failures, String where, Executable executable) {
    String signature = where + Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
    for (TypeVariable<?> variable : executable.getTypeParameters()) {
      report(failures, signature + " <" + variable.getName() + ">", variable);
    }
    for (Type parameter : executable.getGenericParameterTypes()) {
      report(failures, signature + " takes", parameter);
    }
    for (Type exception : executable.getGenericExceptionTypes()) {
      report(failures, signature + " throws", exception);
    }
    if (executable instanceof Method method) {
      report(failures, signature + " returns", method.getGenericReturnType());
    }
  }

  private void report(List<String> failures, String where, Type type) {
    Set<String> found = new TreeSet<>();
    collect(type, found, new HashSet<>());
    for (String name : found) {
      failures.add(where + " " + name);
    }
  }

  /** The forbidden classes a type names, through its arguments, bounds and components. */
  private void collect(Type type, Set<String> found, Set<TypeVariable<?>> visited) {
    if (type instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (isForbidden(element)) {
        found.add(element.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), found, visited);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), found, visited);
      }
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, found, visited);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        collect(bound, found, visited);
      }
      for (Type bound : w.getLowerBounds()) {
        collect(bound, found, visited);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), found, visited);
    } else if (type instanceof TypeVariable<?> v && visited.add(v)) {
      for (Type bound : v.getBounds()) {
        collect(bound, found, visited);
      }
    }
  }

  private boolean isForbidden(Class<?> type) {
    String pkg = type.getPackageName();
    return forbidden.stream().anyMatch(f -> pkg.equals(f) || pkg.startsWith(f + "."));
  }
}
