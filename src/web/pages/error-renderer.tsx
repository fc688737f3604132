import type { PageErrorRenderer } from "../context";
import { ErrorPage } from "../views/error-page";
import { toViewer } from "./page-context";

/**
 * Errors raised outside the page routes (unknown paths, CSRF, body limits, rate limits) in the
 * site's layout. Without the request's CSRF token here, the nav offers log-out as a link.
 */
export const renderErrorPage: PageErrorRenderer = async (error, user) =>
  String(
    await (
      <ErrorPage
        page={{ viewer: toViewer(user), csrfToken: "", path: "/" }}
        status={error.status}
        message={error.message}
      />
    ).toString(),
  );
