// Checks a load run's submissions against the database file: each acknowledged submission is
// recorded once, with the choices sent and the score that follows from the bank's answer key
// (matched by option text, so the per-attempt shuffle cannot hide a mistake), and the concurrent
// second submission changed nothing (same reply, one mistakes row per wrong answer).
import Database from "better-sqlite3";
import { expectedScore, parseScore, sameScore } from "./db-check";
import type { Taken } from "./load";

/** Every acknowledged submission, against the database, with scores from the bank's key. */
export const verifySubmissions = (file: string, taken: Taken[], problems: string[]) => {
  const db = new Database(file, { readonly: true });
  const bank = new Map(
    (
      db.prepare("select id, options_json, answer_index from questions").all() as {
        id: number;
        options_json: string;
        answer_index: number;
      }[]
    ).map((q) => [q.id, (JSON.parse(q.options_json) as string[])[q.answer_index]]),
  );
  const attempt = db.prepare("select * from attempts where id = ?");
  const items = db.prepare(
    "select question_id, choice from attempt_questions where attempt_id = ?",
  );
  const mistakes = db.prepare("select times_wrong from mistakes where user_id = ?");
  let lost = 0;
  let wrongScore = 0;
  let doubleChanged = 0;
  for (const t of taken) {
    const [first, second] = t.replies;
    if (first?.status !== 200 || second?.status !== 200) {
      problems.push(`attempt ${t.attemptId}: submit answered ${first?.status}/${second?.status}`);
      lost += 1;
      continue;
    }
    const fields = ["scoreExact", "correct", "wrong", "skipped", "submittedAt"] as const;
    if (fields.some((f) => JSON.stringify(first.body[f]) !== JSON.stringify(second.body[f])))
      doubleChanged += 1;
    const row = attempt.get(t.attemptId) as
      | { score: string | null; correct: number; wrong: number; submitted_at: number | null }
      | undefined;
    if (row === undefined || row.submitted_at === null) {
      lost += 1;
      problems.push(`attempt ${t.attemptId}: acknowledged but not recorded`);
      continue;
    }
    let correct = 0;
    let wrong = 0;
    for (const [questionId, { text }] of t.sent) {
      if (text === null) continue;
      if (text === bank.get(questionId)) correct += 1;
      else wrong += 1;
    }
    const expected = expectedScore(t.scheme, correct, wrong);
    const recorded = (
      items.all(t.attemptId) as { question_id: number; choice: number | null }[]
    ).every((i) => i.choice === (t.sent.get(i.question_id)?.choice ?? null));
    if (
      !sameScore(parseScore(row.score), expected) ||
      !sameScore(parseScore(String(first.body.scoreExact)), expected) ||
      !recorded ||
      row.correct !== correct ||
      row.wrong !== wrong
    ) {
      wrongScore += 1;
      problems.push(
        `attempt ${t.attemptId}: stored ${row.score} (${row.correct}/${row.wrong}), expected ${expected.join("/")} (${correct}/${wrong})`,
      );
    }
    const userMistakes = mistakes.all(t.userId) as { times_wrong: number }[];
    if (userMistakes.length !== wrong || userMistakes.some((m) => m.times_wrong !== 1)) {
      doubleChanged += 1;
      problems.push(
        `attempt ${t.attemptId}: ${userMistakes.length} mistakes rows for ${wrong} wrong answers`,
      );
    }
  }
  db.close();
  return { lost, wrongScore, doubleChanged };
};
