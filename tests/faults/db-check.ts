// Consistency of a database file after load or a crash, checked with our own SQL (independent of
// the app's code): integrity, no half-saved article or attempt, every result re-derivable from
// its stored choices and key under the scheme's marks, every wrong answer in the mistakes list.
import Database from "better-sqlite3";

/** Marks per exam-style scheme as [numerator, denominator]: the product notes' table. */
export const MARKS: Record<string, { correct: [number, number]; wrong: [number, number] }> = {
  cds: { correct: [1, 1], wrong: [-1, 3] },
  afcat: { correct: [3, 1], wrong: [-1, 1] },
  nda: { correct: [4, 1], wrong: [-4, 3] },
  upsc: { correct: [2, 1], wrong: [-2, 3] },
  ssc: { correct: [2, 1], wrong: [-1, 2] },
  practice: { correct: [1, 1], wrong: [0, 1] },
};

/** correct x c + wrong x w, as an unreduced [num, den]. */
export const expectedScore = (scheme: string, correct: number, wrong: number): [number, number] => {
  const marks = MARKS[scheme];
  if (marks === undefined) throw new Error(`unknown scheme ${scheme}`);
  const [cn, cd] = marks.correct;
  const [wn, wd] = marks.wrong;
  return [correct * cn * wd + wrong * wn * cd, cd * wd];
};

export const parseScore = (text: string | null): [number, number] | null => {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text ?? "");
  return match ? [Number(match[1]), Number(match[2] ?? 1)] : null;
};

export const sameScore = (a: [number, number] | null, b: [number, number] | null): boolean =>
  a !== null && b !== null && a[0] * b[1] === b[0] * a[1];

export interface Consistency {
  integrity: string;
  problems: string[];
  counts: {
    articles: number;
    questions: number;
    attempts: number;
    submitted: number;
    mistakes: number;
  };
}

interface AttemptRow {
  id: string;
  user_id: number;
  scheme: string;
  submitted_at: number | null;
  late: number;
  score: string | null;
  max_score: string;
  correct: number | null;
  wrong: number | null;
  skipped: number | null;
}
interface ItemRow {
  attempt_id: string;
  position: number;
  question_id: number;
  correct_index: number;
  choice: number | null;
}

export const checkDatabase = (file: string): Consistency => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const integrity =
      (db.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check ?? "?";
    const foreign = db.pragma("foreign_key_check") as unknown[];
    if (foreign.length > 0) problems.push(`${foreign.length} foreign-key violations`);
    const half = db
      .prepare(
        "select id from articles a where generation_note is null and not exists (select 1 from questions q where q.article_id = a.id)",
      )
      .all() as { id: number }[];
    for (const { id } of half)
      problems.push(`article ${id}: no questions and no note (half-saved)`);
    const attempts = db.prepare("select * from attempts").all() as AttemptRow[];
    const items = new Map<string, ItemRow[]>();
    for (const item of db
      .prepare("select * from attempt_questions order by attempt_id, position")
      .all() as ItemRow[])
      items.set(item.attempt_id, [...(items.get(item.attempt_id) ?? []), item]);
    const mistakes = new Set(
      (
        db.prepare("select user_id, question_id from mistakes").all() as {
          user_id: number;
          question_id: number;
        }[]
      ).map((m) => `${m.user_id}/${m.question_id}`),
    );
    let submitted = 0;
    for (const attempt of attempts) {
      const own = items.get(attempt.id) ?? [];
      const where = `attempt ${attempt.id}`;
      if (own.length === 0) problems.push(`${where}: no questions (half-saved)`);
      if (own.some((item, i) => item.position !== i))
        problems.push(`${where}: positions not 0..n-1`);
      if (!sameScore(parseScore(attempt.max_score), expectedScore(attempt.scheme, own.length, 0)))
        problems.push(`${where}: max score ${attempt.max_score} for ${own.length} questions`);
      if (attempt.submitted_at === null) {
        if (attempt.score !== null || own.some((i) => i.choice !== null))
          problems.push(`${where}: open but has a score or choices`);
        continue;
      }
      submitted += 1;
      const correct = own.filter((i) => i.choice !== null && i.choice === i.correct_index);
      const wrong = own.filter((i) => i.choice !== null && i.choice !== i.correct_index);
      if (attempt.late === 1 && (correct.length > 0 || wrong.length > 0))
        problems.push(`${where}: late but choices were counted`);
      if (attempt.correct !== correct.length || attempt.wrong !== wrong.length)
        problems.push(
          `${where}: stored ${attempt.correct}/${attempt.wrong} vs choices ${correct.length}/${wrong.length}`,
        );
      if (attempt.skipped !== own.length - correct.length - wrong.length)
        problems.push(`${where}: skipped ${attempt.skipped} of ${own.length}`);
      if (
        !sameScore(
          parseScore(attempt.score),
          expectedScore(attempt.scheme, correct.length, wrong.length),
        )
      )
        problems.push(`${where}: score ${attempt.score} does not follow from its choices`);
      for (const item of wrong)
        if (!mistakes.has(`${attempt.user_id}/${item.question_id}`))
          problems.push(
            `${where}: wrong answer to question ${item.question_id} missing from mistakes`,
          );
    }
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
    return {
      integrity,
      problems,
      counts: {
        articles: count("articles"),
        questions: count("questions"),
        attempts: attempts.length,
        submitted,
        mistakes: count("mistakes"),
      },
    };
  } finally {
    db.close();
  }
};
