// Multi-row writes are all-or-nothing: a failure half-way leaves no trace.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  countArticles,
  finaliseAttempt,
  findAttempt,
  insertArticle,
  insertAttempt,
  insertUser,
  listArticleQuestions,
  listMistakes,
  openStore,
  replaceQuestions,
  type Store,
} from "../../src/storage";
import { article, question, T0 } from "./fixtures";

let store: Store;
beforeEach(() => {
  store = openStore(":memory:");
});
afterEach(() => store.close());

const badQuestion = () => question({ stem: null as unknown as string });

describe("insertArticle", () => {
  it("stores the article and all its questions together", async () => {
    const saved = await insertArticle(store, article(), [
      question(),
      question({ stem: "Second?" }),
    ]);
    expect(await listArticleQuestions(store, saved.id, ["live"])).toHaveLength(2);
  });

  it.each([
    ["the first", [badQuestion(), question()]],
    ["the last", [question(), question(), badQuestion()]],
  ])("saves nothing when %s question fails", async (_label, rows) => {
    await expect(insertArticle(store, article(), rows)).rejects.toThrow();
    expect(await countArticles(store)).toBe(0);
    expect(store.sqlite.prepare("select count(*) as n from questions").get()).toEqual({ n: 0 });
  });
});

describe("replaceQuestions", () => {
  it("retires the live questions and adds the new ones", async () => {
    const saved = await insertArticle(store, article(), [question()]);
    await replaceQuestions(store, saved.id, [question({ stem: "New?" })], {
      generationNote: null,
      rejectedCandidates: 1,
    });
    expect((await listArticleQuestions(store, saved.id, ["live"])).map((q) => q.stem)).toEqual([
      "New?",
    ]);
    expect(await listArticleQuestions(store, saved.id, ["retired"])).toHaveLength(1);
  });

  it("keeps the old questions live when a new one fails", async () => {
    const saved = await insertArticle(store, article(), [question()]);
    await expect(
      replaceQuestions(store, saved.id, [question(), badQuestion()], {
        generationNote: "x",
        rejectedCandidates: 9,
      }),
    ).rejects.toThrow();
    expect(await listArticleQuestions(store, saved.id, ["live"])).toHaveLength(1);
    expect(await listArticleQuestions(store, saved.id, ["retired"])).toHaveLength(0);
  });
});

describe("attempts", () => {
  const setup = async () => {
    const user = await insertUser(store, {
      username: null,
      passwordHash: null,
      isAdmin: false,
      isGuest: true,
      createdAt: T0,
    });
    const saved = await insertArticle(store, article(), [question(), question({ stem: "Other?" })]);
    const [q1, q2] = await listArticleQuestions(store, saved.id, ["live"]);
    if (!user || !q1 || !q2) throw new Error("fixture");
    const item = (q: typeof q1, position: number) => ({
      position,
      questionId: q.id,
      articleId: saved.id,
      type: q.type,
      category: "Economy",
      stem: q.stem,
      optionsJson: q.optionsJson,
      correctIndex: 0,
      permutationJson: "[0,1,2,3]",
      explanation: q.explanation,
      asOf: q.asOf,
      choice: null,
    });
    const attempt = {
      id: "attempt-1",
      userId: user.id,
      scheme: "cds",
      mode: "article" as const,
      startedAt: T0,
      deadline: new Date(T0.getTime() + 60_000),
      maxScore: "2",
    };
    return { user, q1, q2, attempt, items: [item(q1, 0), item(q2, 1)] };
  };

  it("stores nothing of an attempt whose snapshot fails", async () => {
    const { attempt, items } = await setup();
    const broken = [items[0], { ...items[1], questionId: 999 }] as typeof items;
    await expect(insertAttempt(store, attempt, broken)).rejects.toThrow(/FOREIGN KEY/);
    expect(await findAttempt(store, attempt.id)).toBeNull();
  });

  it("finalises once: the second call changes nothing", async () => {
    const { user, q1, q2, attempt, items } = await setup();
    await insertAttempt(store, attempt, items);
    const result = (choice: number, at: Date) => ({
      submittedAt: at,
      late: false,
      score: choice === 0 ? "2" : "-2/3",
      correct: choice === 0 ? 2 : 0,
      wrong: choice === 0 ? 0 : 2,
      skipped: 0,
      choices: [choice, choice],
      wrongQuestionIds: choice === 0 ? [] : [q1.id, q2.id],
      correctQuestionIds: choice === 0 ? [q1.id, q2.id] : [],
    });
    expect(await finaliseAttempt(store, attempt.id, user.id, result(1, T0))).toBe(true);
    expect(
      await finaliseAttempt(store, attempt.id, user.id, result(0, new Date(T0.getTime() + 1000))),
    ).toBe(false);
    const stored = await findAttempt(store, attempt.id);
    expect(stored?.attempt).toMatchObject({ score: "-2/3", wrong: 2, submittedAt: T0 });
    expect(stored?.items.map((i) => i.choice)).toEqual([1, 1]);
    expect(await listMistakes(store, user.id)).toHaveLength(2);
  });
});
