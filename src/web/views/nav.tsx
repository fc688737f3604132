import { CsrfField } from "./csrf-field";
import type { PageContext } from "./models";

interface NavLink {
  href: string;
  label: string;
}

const linksFor = (page: PageContext): NavLink[] => {
  const links: NavLink[] = [
    { href: "/", label: "Home" },
    { href: "/categories", label: "Categories" },
  ];
  if (page.viewer) {
    links.push({ href: "/mistakes", label: "My mistakes" }, { href: "/history", label: "History" });
  }
  if (page.viewer?.role === "admin") links.push({ href: "/admin", label: "Admin" });
  return links;
};

const AUTH_PATHS = new Set(["/login", "/register", "/logout"]);

const isCurrent = (href: string, path: string): boolean =>
  href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);

export const SiteNav = ({ page, wide }: { page: PageContext; wide?: boolean }) => (
  <header class="site-header">
    <div class={`wrap site-header-inner${wide ? " wrap-wide" : ""}`}>
      <a class="brand" href="/">
        <span class="brand-mark" aria-hidden="true">
          N
        </span>
        Newsdrill
      </a>
      <nav class="site-nav" aria-label="Main">
        <ul>
          {linksFor(page).map((link) => (
            <li class={link.href === "/" ? "nav-home" : undefined}>
              <a
                href={link.href}
                aria-current={isCurrent(link.href, page.path) ? "page" : undefined}
              >
                {link.label}
              </a>
            </li>
          ))}
          {page.viewer ? null : (
            <li>
              <form method="post" action="/guest" class="inline-form">
                <input
                  type="hidden"
                  name="next"
                  value={AUTH_PATHS.has(page.path) ? "/" : page.path}
                />
                <button type="submit" class="nav-button">
                  Start as guest
                </button>
              </form>
            </li>
          )}
        </ul>
      </nav>
      <div class="account">
        {page.viewer ? (
          <>
            <span class="account-name">
              {page.viewer.role === "guest" ? "Guest" : page.viewer.username}
            </span>
            {page.viewer.role === "guest" ? (
              <a class="button button-small" href="/register">
                Save progress
              </a>
            ) : null}
            {page.csrfToken === "" ? (
              // Error pages render without the token: confirm on a page that has it.
              <a class="button button-small button-quiet" href="/logout">
                Log out
              </a>
            ) : (
              <form method="post" action="/logout" class="inline-form">
                <CsrfField token={page.csrfToken} />
                <button type="submit" class="button button-small button-quiet">
                  Log out
                </button>
              </form>
            )}
          </>
        ) : (
          <>
            <a class="button button-small button-quiet" href="/login">
              Log in
            </a>
            <a class="button button-small" href="/register">
              Register
            </a>
          </>
        )}
      </div>
    </div>
  </header>
);
