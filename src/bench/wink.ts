// A reference NLP pass for context: wink-nlp (a dependency) tokenising and POS-tagging the same
// texts. The generator does not use it; its own bare pass (sentences + tokens) is the official
// comparator, this one shows where a library-based tagging pass would sit.
import { performance } from "node:perf_hooks";
import { sum } from "./stats";

export const winkTaggingPerSec = async (
  texts: readonly string[],
  warmup: number,
): Promise<number> => {
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const tag = (text: string): number => nlp.readDoc(text).tokens().out(its.pos).length;
  for (let i = 0; i < Math.min(warmup, texts.length); i++) tag(texts[i] as string);
  const times: number[] = [];
  let sink = 0;
  for (const text of texts) {
    const start = performance.now();
    sink += tag(text);
    times.push(performance.now() - start);
  }
  if (sink < 0) times.push(0);
  return times.length / (sum(times) / 1000);
};
