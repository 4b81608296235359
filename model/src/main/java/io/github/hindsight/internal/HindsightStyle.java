package io.github.hindsight.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: an abstract {@code AbstractFoo} generates the
 * public immutable {@code Foo} with a builder and {@code with*} copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    depluralizeDictionary = {"evidence:evidence", "criterion:criteria", "supportingEvidence:supportingEvidence", "challengingEvidence:challengingEvidence"},
    jdkOnly = true,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    // Keeps generated code free of annotations from libraries that users need not have.
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface HindsightStyle {}
