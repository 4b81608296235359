/**
 * Ready-made questions for trying Hindsight out, in jshell or in tests: the reference question
 * "Who won the Cuban Missile Crisis?" with every point a balanced answer makes.
 */
@NullMarked
package io.github.hindsight.testkit.samples;

import org.jspecify.annotations.NullMarked;
