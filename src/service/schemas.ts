// Input schemas shared by the API (JSON) and the pages (forms, via the helpers in form-input.ts).
// Objects are strict: an unknown field is an error, not silently ignored.
import { z } from "zod";
import { SCHEME_IDS } from "../quiz/scheme";

const id = z.number().int().positive().max(2_147_483_647);

export const usernameSchema = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(32, "Use at most 32 characters.")
  .regex(/^[A-Za-z0-9_.-]+$/, "Use letters, digits, dot, dash or underscore only.");

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(200, "Use at most 200 characters.");

export const registerSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1, "Enter your username.").max(64),
  password: z.string().min(1, "Enter your password.").max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const setupSchema = z.strictObject({
  username: usernameSchema.optional(),
  password: passwordSchema,
});
export type SetupInput = z.infer<typeof setupSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD.")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "Not a calendar date.");

export const sourceUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "Give an http:// or https:// address.");

export const addArticleSchema = z.strictObject({
  title: z.string().trim().min(1, "Give the article a title.").max(300),
  body: z.string().min(1, "Paste the article text.").max(200_000),
  publishedAt: isoDate.optional(),
  sourceUrl: sourceUrlSchema.optional(),
  category: z.string().trim().min(1).max(60).optional(),
});
export type AddArticleInput = z.infer<typeof addArticleSchema>;

const optionText = z.string().trim().min(1, "Options cannot be empty.").max(200);

export const editQuestionSchema = z
  .strictObject({
    stem: z.string().trim().min(1, "The stem cannot be empty.").max(500).optional(),
    options: z
      .array(optionText)
      .length(4, "Give exactly four options.")
      .refine(
        (options) => new Set(options.map((o) => o.toLowerCase())).size === options.length,
        "Options must be distinct.",
      )
      .optional(),
    answerIndex: z.number().int().min(0).max(3).optional(),
  })
  .refine(
    (edit) => Object.keys(edit).length > 0,
    "Change at least one of stem, options, answerIndex.",
  );
export type EditQuestionInput = z.infer<typeof editQuestionSchema>;

export const startAttemptSchema = z
  .strictObject({
    articleId: id.optional(),
    category: z.string().trim().min(1).max(60).optional(),
    mode: z.enum(["mistakes", "latest"]).optional(),
    count: z.number().int().min(1).max(50).optional(),
    scheme: z.enum(SCHEME_IDS).optional(),
  })
  .refine(
    (start) =>
      [start.articleId, start.category, start.mode].filter((v) => v !== undefined).length <= 1,
    { message: "Choose one of articleId, category or mode.", path: ["mode"] },
  );
export type StartAttemptInput = z.infer<typeof startAttemptSchema>;

export const submitSchema = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        questionId: id,
        choice: z.number().int().min(0).max(3).nullable(),
      }),
    )
    .max(100)
    .superRefine((answers, ctx) => {
      const seen = new Set<number>();
      answers.forEach((answer, index) => {
        if (seen.has(answer.questionId)) {
          ctx.addIssue({
            code: "custom",
            message: "Answer each question at most once.",
            path: [index, "questionId"],
          });
        }
        seen.add(answer.questionId);
      });
    }),
});
export type SubmitInput = z.infer<typeof submitSchema>;

export const articleFilterSchema = z.strictObject({
  category: z.string().trim().min(1).max(60).optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use the form YYYY-MM.")
    .optional(),
});
export type ArticleFilter = z.infer<typeof articleFilterSchema>;

/** Routes that take no input still refuse a body with fields in it. */
export const emptySchema = z.strictObject({});
