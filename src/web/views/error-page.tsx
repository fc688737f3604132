import { Layout } from "./layout";
import type { PageContext } from "./models";

export interface ErrorPageProps {
  page: PageContext;
  status: number;
  message?: string;
}

interface ErrorCopy {
  title: string;
  advice: string;
}

const COPY: Record<number, ErrorCopy> = {
  400: {
    title: "Something in the request needs fixing",
    advice: "Go back, correct it and try again.",
  },
  401: { title: "Please log in", advice: "Log in or start as a guest to continue." },
  403: {
    title: "You do not have access to this page",
    advice: "Log in with an account that has the rights, or go back home.",
  },
  404: { title: "Page not found", advice: "The link may be old, or the quiz was archived." },
  409: {
    title: "That conflicts with what is already there",
    advice: "Reload the page and try again.",
  },
  413: {
    title: "That was too large",
    advice: "Shorten the text you sent (an article body of a few thousand words is plenty).",
  },
  429: {
    title: "Too many requests",
    advice: "Wait a minute before trying again.",
  },
};

const FALLBACK: ErrorCopy = {
  title: "Something went wrong on our side",
  advice: "Try again in a moment. Your past attempts are safe.",
};

export const errorTitle = (status: number): string => (COPY[status] ?? FALLBACK).title;

/** A message that only repeats the title ("Not found." under "Page not found") adds nothing. */
const addsToTitle = (message: string, title: string): boolean =>
  !title.toLowerCase().includes(
    message
      .toLowerCase()
      .replace(/[.!]+$/, "")
      .trim(),
  );

export const ErrorPage = ({ page, status, message }: ErrorPageProps) => {
  const copy = COPY[status] ?? FALLBACK;
  const needsLogin = status === 401 || status === 403;
  return (
    <Layout page={page} title={copy.title}>
      <section class="card error-card" aria-labelledby="error-heading">
        <p class="eyebrow">{`Error ${status}`}</p>
        <h1 id="error-heading">{copy.title}</h1>
        {message && addsToTitle(message, copy.title) ? (
          <p class="error-message">{message}</p>
        ) : null}
        <p class="muted">{copy.advice}</p>
        <div class="actions">
          {needsLogin ? (
            <a class="button button-primary" href={`/login?next=${encodeURIComponent(page.path)}`}>
              Log in
            </a>
          ) : null}
          <a class={needsLogin ? "button" : "button button-primary"} href="/">
            Home
          </a>
        </div>
      </section>
    </Layout>
  );
};
