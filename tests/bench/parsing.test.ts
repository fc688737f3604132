import { describe, expect, it } from "vitest";
import { parseStartedAttempt, quizzableArticles, submitBody } from "../../src/bench/attempts";
import { linkedAssets } from "../../src/bench/page";
import { decodeMappings, nameBefore } from "../../src/bench/tsx-frames";

describe("parseStartedAttempt", () => {
  it.each([
    [
      '{"attempt":{"id":"Ab_9"},"questions":[{"id":4},{"id":7}]}',
      { id: "Ab_9", questionIds: [4, 7] },
    ],
    ['{"attempt":{"id":12},"questions":[]}', { id: "12", questionIds: [] }],
    ['{"error":{"code":"x"}}', null],
    ['{"attempt":{},"questions":[]}', null],
    ["not json", null],
  ])("%s", (body, expected) => {
    expect(parseStartedAttempt(body)).toEqual(expected);
  });
});

describe("submitBody", () => {
  it("answers every question of the attempt once", () => {
    expect(JSON.parse(submitBody({ id: "a", questionIds: [3, 5, 9, 11, 13] }))).toEqual({
      answers: [
        { questionId: 3, choice: 0 },
        { questionId: 5, choice: 1 },
        { questionId: 9, choice: 2 },
        { questionId: 11, choice: 3 },
        { questionId: 13, choice: 0 },
      ],
    });
  });
});

describe("quizzableArticles", () => {
  it("keeps articles with at least four questions", () => {
    const ingested = [
      { id: 1, questions: 0 },
      { id: 2, questions: 4 },
      { id: 3, questions: 3 },
      { id: 4, questions: 12 },
    ];
    expect(quizzableArticles(ingested)).toEqual([2, 4]);
  });
});

describe("linkedAssets", () => {
  it.each([
    [
      '<link rel="stylesheet" href="/static/app.css?v=1">',
      [{ kind: "css", path: "/static/app.css?v=1" }],
    ],
    [
      "<script src='/static/quiz.js?v=2&amp;x=1' defer></script>",
      [{ kind: "js", path: "/static/quiz.js?v=2&x=1" }],
    ],
    ['<link rel="icon" href="/favicon.ico">', []],
    ['<script src="https://cdn.example/x.js"></script>', []],
    ['<link rel="stylesheet" href="//cdn.example/x.css">', []],
    ["<script>inline()</script>", []],
  ])("%s", (html, expected) => {
    expect(linkedAssets(html)).toEqual(expected);
  });
});

describe("nameBefore (tsx one-line output)", () => {
  it.each([
    ["const pickRandom=__name((items)=>{", 24, "pickRandom"],
    ["const sourcesFor=__name(async(deps)=>{", 29, "sourcesFor"],
    ["async function build(x){", 0, "build"],
    ["const o={run(x){return x}}", 12, "run"],
    ["[1].map((x)=>x)", 8, "(anonymous)"],
    ["(x)=>x", 0, "(anonymous)"],
  ])("%s at %i is %s", (code, column, expected) => {
    expect(nameBefore(code, column)).toBe(expected);
  });
});

describe("decodeMappings", () => {
  it("maps generated columns to original lines", () => {
    // AAAA: col 0 -> line 0; KACA: col +5 -> line +1; KAAE: col +5, line +2
    expect(decodeMappings("AAAA,KACA,KAEA")).toEqual([
      [
        [0, 0],
        [5, 1],
        [10, 3],
      ],
    ]);
  });
});
