import { CsrfField } from "./csrf-field";
import { ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from "./fields";
import { Layout } from "./layout";
import type { ArticleFormValues, PageContext } from "./models";

export interface AdminArticleFormPageProps {
  page: PageContext;
  categories: readonly string[];
  values?: Partial<ArticleFormValues>;
  errors?: FieldErrors;
  message?: string | null;
  /** The rules' category for the text so far, pre-chosen when the admin left it blank. */
  suggestedCategory?: string | null;
}

export const AdminArticleFormPage = (props: AdminArticleFormPageProps) => {
  const values = props.values ?? {};
  const categoryOptions = [
    { value: "", label: "Suggest from the text" },
    ...props.categories.map((name) => ({ value: name, label: name })),
  ];
  return (
    <Layout page={props.page} title="Add an article">
      <section class="page-head">
        <p class="eyebrow">
          <a href="/admin">Articles</a>
        </p>
        <h1>Add an article</h1>
        <p class="muted">
          Paste the article's text. Questions are generated at once and shown for review.
        </p>
      </section>
      <form method="post" action="/admin/articles" class="card stack">
        <CsrfField token={props.page.csrfToken} />
        <ErrorSummary message={props.message} />
        <TextField name="title" label="Title" value={values.title} required errors={props.errors} />
        <TextArea
          name="body"
          label="Body"
          hint="Plain text; paragraphs separated by blank lines."
          value={values.body}
          rows={14}
          required
          errors={props.errors}
        />
        <div class="field-row">
          <TextField
            name="publishedAt"
            label="Published date"
            type="date"
            hint="Questions are true as of this date."
            value={values.publishedAt}
            errors={props.errors}
          />
          <SelectField
            name="category"
            label="Category"
            hint="Left blank, the rules suggest one."
            options={categoryOptions}
            value={values.category || props.suggestedCategory || ""}
            errors={props.errors}
          />
        </div>
        <TextField
          name="sourceUrl"
          label="Source URL"
          type="url"
          value={values.sourceUrl}
          errors={props.errors}
        />
        <button type="submit" class="button button-primary">
          Add and generate questions
        </button>
      </form>
    </Layout>
  );
};
