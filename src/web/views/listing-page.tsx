import { ArticleList } from "./article-list";
import { categoryHref } from "./format";
import { Layout } from "./layout";
import type { ArticleSummary, CategoryCount, PageContext, SchemeChoice } from "./models";
import { quizLengths, StartQuizForm } from "./start-quiz-form";

export interface ListingPageProps {
  page: PageContext;
  title: string;
  intro?: string;
  articles: readonly ArticleSummary[];
  /** A category listing offers a mixed quiz over the category's questions. */
  category?: string;
  schemes: readonly SchemeChoice[];
  defaultScheme: string;
}

/** Articles of one category or one month, newest first. */
export const ListingPage = (props: ListingPageProps) => {
  const questions = props.articles.reduce((sum, a) => sum + a.questionCount, 0);
  return (
    <Layout page={props.page} title={props.title}>
      <section class="page-head">
        <p class="eyebrow">
          <a href="/categories">All categories</a>
        </p>
        <h1>{props.title}</h1>
        {props.intro ? <p class="muted">{props.intro}</p> : null}
      </section>
      {props.category && questions > 0 ? (
        <section class="card" aria-labelledby="mixed-heading">
          <h2 id="mixed-heading">Mixed quiz</h2>
          <p class="muted">
            {props.articles.length === 1
              ? "Questions drawn from the article below."
              : `Questions drawn from all ${props.articles.length} articles below.`}
          </p>
          <StartQuizForm
            page={props.page}
            source={{ kind: "category", category: props.category }}
            schemes={props.schemes}
            defaultScheme={props.defaultScheme}
            lengths={quizLengths(Math.min(questions, 25))}
            defaultLength={Math.min(10, questions)}
          />
        </section>
      ) : null}
      <ArticleList articles={props.articles} empty="No quizzes here yet." />
    </Layout>
  );
};

export const CategoriesPage = ({
  page,
  categories,
}: {
  page: PageContext;
  categories: readonly CategoryCount[];
}) => (
  <Layout page={page} title="Quizzes by category">
    <section class="page-head">
      <h1>Quizzes by category</h1>
    </section>
    {categories.length === 0 ? (
      <p class="empty card">No categories yet.</p>
    ) : (
      <ul class="category-grid">
        {categories.map((category) => (
          <li>
            <a class="card category-tile" href={categoryHref(category.name)}>
              <span class="category-name">{category.name}</span>
              <span class="muted">{`${category.articleCount} quiz${category.articleCount === 1 ? "" : "zes"}`}</span>
            </a>
          </li>
        ))}
      </ul>
    )}
  </Layout>
);
