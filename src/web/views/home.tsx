import { ArticleList, ArticleMeta } from "./article-list";
import { categoryHref, formatMonth } from "./format";
import { Layout } from "./layout";
import type {
  ArticleDetail,
  ArticleSummary,
  CategoryCount,
  MonthCount,
  PageContext,
  SchemeChoice,
} from "./models";
import { quizLengths, StartQuizForm } from "./start-quiz-form";

export interface HomeProps {
  page: PageContext;
  latest: ArticleDetail | null;
  recent: readonly ArticleSummary[];
  categories: readonly CategoryCount[];
  months: readonly MonthCount[];
  schemes: readonly SchemeChoice[];
  defaultScheme: string;
}

export const HomePage = (props: HomeProps) => (
  <Layout page={props.page} title="Current-affairs quizzes">
    <section class="hero" aria-labelledby="latest-heading">
      <p class="eyebrow">Latest quiz</p>
      {props.latest ? (
        <>
          <h1 id="latest-heading">
            <a href={`/articles/${props.latest.id}`}>{props.latest.title}</a>
          </h1>
          <ArticleMeta article={props.latest} />
          <StartQuizForm
            page={props.page}
            source={{ kind: "article", articleId: props.latest.id }}
            schemes={props.schemes}
            defaultScheme={props.defaultScheme}
            lengths={quizLengths(props.latest.questionCount)}
            choices={false}
            label={`Start the ${props.latest.questionCount}-question quiz`}
          />
        </>
      ) : (
        <h1 id="latest-heading">No quizzes yet — an admin adds the first article.</h1>
      )}
    </section>

    <div class="home-grid">
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Quizzes by article</h2>
        <ArticleList articles={props.recent} empty="No articles yet." />
      </section>
      <aside class="home-side">
        <section aria-labelledby="category-heading" class="card">
          <h2 id="category-heading">By category</h2>
          {props.categories.length === 0 ? (
            <p class="empty">No categories yet.</p>
          ) : (
            <ul class="link-list">
              {props.categories.map((category) => (
                <li>
                  <a href={categoryHref(category.name)}>{category.name}</a>
                  <span class="count">{String(category.articleCount)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="month-heading" class="card">
          <h2 id="month-heading">By month</h2>
          {props.months.length === 0 ? (
            <p class="empty">Nothing archived yet.</p>
          ) : (
            <ul class="link-list">
              {props.months.map((month) => (
                <li>
                  <a href={`/archive/${month.month}`}>{formatMonth(month.month)}</a>
                  <span class="count">{String(month.articleCount)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  </Layout>
);
