import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { quizScript, stylesheet } from "../static/assets";
import type { PageContext } from "./models";
import { SiteNav } from "./nav";

export interface LayoutProps {
  page: PageContext;
  title: string;
  /** Load /static/quiz.js (quiz page only). */
  script?: boolean;
  /** Wider main column (admin tables, the quiz with its palette). */
  wide?: boolean;
  children?: Child;
}

export const Layout = ({ page, title, script, wide, children }: LayoutProps) => (
  <>
    {raw("<!doctype html>") /* a constant, never user text */}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Newsdrill`}</title>
        <meta
          name="description"
          content="Current-affairs quizzes from the news, with negative marking like the real exam."
        />
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={stylesheet.href} />
        {script ? <script src={quizScript.href} defer /> : null}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <SiteNav page={page} wide={wide} />
        <main id="main" class={wide ? "wrap wrap-wide" : "wrap"} tabindex={-1}>
          {page.flash ? (
            <p
              class={`flash flash-${page.flash.kind}`}
              role={page.flash.kind === "error" ? "alert" : "status"}
            >
              {page.flash.message}
            </p>
          ) : null}
          {children}
        </main>
        <footer class="site-footer">
          <div class={wide ? "wrap wrap-wide" : "wrap"}>
            Questions are generated from news articles by rules and say the date they are true "as
            of". Marking schemes are exam-style presets, not official notices.
          </div>
        </footer>
      </body>
    </html>
  </>
);
