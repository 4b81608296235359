/**
 * Hindsight questions and banks as JSON: the {@code json} format
 * ({@link io.github.hindsight.json.JsonFormat}), the {@code jsonl} format for corpora with one
 * question a line ({@link io.github.hindsight.json.JsonLinesFormat}), and a Jackson module
 * ({@link io.github.hindsight.json.HindsightJacksonModule}) for applications that keep questions
 * inside their own JSON. The format is specified in {@code docs/formats/json.md}; its JSON Schemas
 * are resources of this package ({@link io.github.hindsight.json.JsonFormat#QUESTION_SCHEMA},
 * {@link io.github.hindsight.json.JsonFormat#BANK_SCHEMA}).
 */
@NullMarked
package io.github.hindsight.json;

import org.jspecify.annotations.NullMarked;
