import { CsrfField } from "./csrf-field";
import { ErrorSummary, type FieldErrors, TextField } from "./fields";
import { Layout } from "./layout";
import type { PageContext } from "./models";

export interface AuthFormProps {
  page: PageContext;
  username?: string;
  errors?: FieldErrors;
  message?: string | null;
  /** Where to go after success (a local path). */
  next?: string;
}

const NextField = ({ next }: { next?: string }) =>
  next ? <input type="hidden" name="next" value={next} /> : null;

const GuestForm = ({ page, next }: { page: PageContext; next?: string }) =>
  page.viewer ? null : (
    <form method="post" action="/guest" class="guest-form">
      <CsrfField token={page.csrfToken} />
      <NextField next={next} />
      <p class="muted">No account? Try a quiz first; registering later keeps your history.</p>
      <button type="submit" class="button">
        Start as guest
      </button>
    </form>
  );

export const LoginPage = ({ page, username, errors, message, next }: AuthFormProps) => (
  <Layout page={page} title="Log in">
    <div class="auth">
      <section class="card" aria-labelledby="login-heading">
        <h1 id="login-heading">Log in</h1>
        <ErrorSummary message={message} />
        <form method="post" action="/login" class="stack">
          <CsrfField token={page.csrfToken} />
          <NextField next={next} />
          <TextField
            name="username"
            label="Username"
            value={username}
            required
            autocomplete="username"
            errors={errors}
          />
          <TextField
            name="password"
            label="Password"
            type="password"
            required
            autocomplete="current-password"
            errors={errors}
          />
          <button type="submit" class="button button-primary">
            Log in
          </button>
        </form>
        <p class="muted">
          New here? <a href="/register">Create an account</a>.
        </p>
      </section>
      <GuestForm page={page} next={next} />
    </div>
  </Layout>
);

export const RegisterPage = ({ page, username, errors, message, next }: AuthFormProps) => (
  <Layout page={page} title="Register">
    <div class="auth">
      <section class="card" aria-labelledby="register-heading">
        <h1 id="register-heading">Create an account</h1>
        {page.viewer?.role === "guest" ? (
          <p class="flash flash-info">Your guest history carries over to the new account.</p>
        ) : null}
        <ErrorSummary message={message} />
        <form method="post" action="/register" class="stack">
          <CsrfField token={page.csrfToken} />
          <NextField next={next} />
          <TextField
            name="username"
            label="Username"
            hint="3–32 letters, digits, dots, dashes or underscores."
            value={username}
            required
            autocomplete="username"
            errors={errors}
          />
          <NewPasswordField errors={errors} />
          <button type="submit" class="button button-primary">
            Register
          </button>
        </form>
        <p class="muted">
          Have an account? <a href="/login">Log in</a>.
        </p>
      </section>
      <GuestForm page={page} next={next} />
    </div>
  </Layout>
);

/** The password field of a new account: registration and the admin set-up share its rules. */
const NewPasswordField = ({ errors }: { errors?: FieldErrors | undefined }) => (
  <TextField
    name="password"
    label="Password"
    type="password"
    hint="At least 8 characters."
    required
    minlength={8}
    autocomplete="new-password"
    errors={errors}
  />
);

export interface SetupPageProps {
  page: PageContext;
  token: string;
  username?: string;
  errors?: FieldErrors;
  message?: string | null;
}

/** One-time admin set-up from the link printed at first start. */
export const SetupPage = ({ page, token, username, errors, message }: SetupPageProps) => (
  <Layout page={page} title="Set up the admin account">
    <div class="auth">
      <section class="card" aria-labelledby="setup-heading">
        <h1 id="setup-heading">Set up the admin account</h1>
        <p class="muted">This link works once. Choose the admin's username and password.</p>
        <ErrorSummary message={message} />
        <form method="post" action={`/setup/${encodeURIComponent(token)}`} class="stack">
          <CsrfField token={page.csrfToken} />
          <TextField
            name="username"
            label="Admin username"
            value={username ?? "admin"}
            required
            autocomplete="username"
            errors={errors}
          />
          <NewPasswordField errors={errors} />
          <button type="submit" class="button button-primary">
            Create admin
          </button>
        </form>
      </section>
    </div>
  </Layout>
);

/** Confirms logging out; reached from pages that cannot carry the form token. */
export const LogoutPage = ({ page }: { page: PageContext }) => (
  <Layout page={page} title="Log out">
    <div class="auth">
      <section class="card" aria-labelledby="logout-heading">
        <h1 id="logout-heading">Log out</h1>
        {page.viewer ? (
          <form method="post" action="/logout" class="stack">
            <CsrfField token={page.csrfToken} />
            <p class="muted">
              {page.viewer.role === "guest"
                ? "Guests cannot log back in: register first to keep your history."
                : "You can log back in any time."}
            </p>
            <button type="submit" class="button button-primary">
              Log out
            </button>
          </form>
        ) : (
          <p class="muted">
            You are not logged in. <a href="/login">Log in</a>.
          </p>
        )}
      </section>
    </div>
  </Layout>
);
