// Parses a GIFT file with gift-pegjs and prints each question as JSON: its type, title and
// choices, each choice's text as the parser read it (escapes undone) and whether it is right.
// A file the parser refuses ends with exit status 1 and the parser's line, column and message.
const fs = require("fs");
const gift = require("gift-pegjs");

const text = fs.readFileSync(process.argv[2], "utf8");
let questions;
try {
  questions = gift.parse(text);
} catch (e) {
  const where = e.location ? e.location.start.line + ":" + e.location.start.column + ": " : "";
  process.stderr.write(where + e.message + "\n");
  process.exit(1);
}
const out = questions.map(q => ({
  type: q.type,
  title: q.title,
  stem: q.stem ? q.stem.text : null,
  format: q.stem ? q.stem.format : null,
  choices: (q.choices || []).map(c => ({ text: c.text.text, correct: c.isCorrect })),
}));
process.stdout.write(JSON.stringify(out) + "\n");
