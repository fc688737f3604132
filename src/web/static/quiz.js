// Quiz page behaviour, layered on a form that already works without it: countdown from the
// server's seconds-left, auto-submit at the deadline, palette state, keys 1-4 / A-D, N / P,
// answers kept in localStorage across a refresh, and one submission only.
(() => {
  const form = document.getElementById("quiz");
  if (!form) return;

  const questions = Array.from(form.querySelectorAll(".question"));
  const palette = Array.from(form.querySelectorAll(".pal"));
  const submitButtons = Array.from(form.querySelectorAll("button[type=submit]"));
  const progress = document.getElementById("progress-text");
  const footNote = document.getElementById("foot-note");
  const timerValue = document.getElementById("timer-value");
  const storageKey = `newsdrill:attempt:${form.dataset.attempt}`;
  const live = document.createElement("p");
  live.className = "sr-only";
  live.setAttribute("aria-live", "polite");
  form.append(live);
  let current = 0;
  let submitting = false;

  const radios = (q) => Array.from(q.querySelectorAll("input[type=radio]"));
  const reviewBox = (q) => q.querySelector(".review-toggle input");
  const chosen = (q) => radios(q).find((r) => r.checked);

  const load = () => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || "{}");
    } catch {
      return {};
    }
  };
  const save = () => {
    const state = { answers: {}, review: [] };
    for (const q of questions) {
      const radio = chosen(q);
      if (radio) state.answers[radio.name] = radio.value;
      const box = reviewBox(q);
      if (box?.checked) state.review.push(box.name);
    }
    try {
      localStorage.setItem(storageKey, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the form itself still holds the answers.
    }
  };
  const restore = () => {
    const state = load();
    for (const [name, value] of Object.entries(state.answers || {})) {
      const radio = form.querySelector(
        `input[type=radio][name="${CSS.escape(name)}"][value="${CSS.escape(String(value))}"]`,
      );
      if (radio && !form.querySelector(`input[name="${CSS.escape(name)}"]:checked`))
        radio.checked = true;
    }
    for (const name of state.review || []) {
      const box = form.querySelector(`input[type=checkbox][name="${CSS.escape(name)}"]`);
      if (box) box.checked = true;
    }
  };

  const render = () => {
    let answered = 0;
    let review = 0;
    questions.forEach((q, i) => {
      const isAnswered = Boolean(chosen(q));
      const isReview = Boolean(reviewBox(q)?.checked);
      answered += isAnswered ? 1 : 0;
      review += isReview ? 1 : 0;
      q.classList.toggle("is-current", i === current);
      const clear = q.querySelector(".clear-answer");
      if (clear) clear.hidden = !isAnswered;
      const pal = palette[i];
      if (!pal) return;
      pal.classList.toggle("is-answered", isAnswered);
      pal.classList.toggle("is-review", isReview);
      pal.classList.toggle("is-current", i === current);
      const states = [isAnswered ? "answered" : "unanswered"];
      if (isReview) states.push("marked for review");
      pal.setAttribute("aria-label", `Question ${i + 1}: ${states.join(", ")}`);
      if (i === current) pal.setAttribute("aria-current", "step");
      else pal.removeAttribute("aria-current");
    });
    if (footNote) {
      const open = questions.length - answered;
      footNote.textContent =
        open === 0
          ? "All questions answered. You can submit only once."
          : `${open} unanswered: ${open === 1 ? "it scores" : "they score"} zero. You can submit only once.`;
    }
    if (progress) {
      progress.textContent = `Answered ${answered} of ${questions.length}${review ? ` · ${review} for review` : ""}`;
    }
  };

  const goTo = (index, focus) => {
    if (index < 0 || index >= questions.length) return;
    current = index;
    render();
    const q = questions[index];
    q.scrollIntoView({ block: "start" });
    if (focus) q.focus({ preventScroll: true });
  };

  const choose = (index) => {
    const q = questions[current];
    const radio = q && radios(q)[index];
    if (!radio) return;
    radio.checked = true;
    if (document.activeElement?.type === "radio" && q.contains(document.activeElement))
      radio.focus();
    radio.dispatchEvent(new Event("change", { bubbles: true }));
  };

  form.addEventListener("change", () => {
    render();
    save();
  });
  form.addEventListener("focusin", (event) => {
    const index = questions.findIndex((q) => q.contains(event.target));
    if (index >= 0 && index !== current) {
      current = index;
      render();
    }
  });
  form.addEventListener("click", (event) => {
    const clear = event.target.closest(".clear-answer");
    if (clear) {
      for (const radio of radios(clear.closest(".question"))) radio.checked = false;
      form.dispatchEvent(new Event("change"));
      return;
    }
    const pal = event.target.closest(".pal");
    if (pal) {
      event.preventDefault();
      goTo(palette.indexOf(pal), true);
    }
  });

  const KEYS = { 1: 0, 2: 1, 3: 2, 4: 3, a: 0, b: 1, c: 2, d: 3 };
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || submitting) return;
    const target = event.target;
    if (target.matches?.("textarea, select, input:not([type=radio]):not([type=checkbox])")) return;
    const onRadio = target.type === "radio";
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key in KEYS) {
      event.preventDefault();
      choose(KEYS[key]);
    } else if (key === "n" || (key === "ArrowRight" && !onRadio)) {
      event.preventDefault();
      goTo(current + 1, true);
    } else if (key === "p" || (key === "ArrowLeft" && !onRadio)) {
      event.preventDefault();
      goTo(current - 1, true);
    } else if (key === "m") {
      const box = reviewBox(questions[current]);
      if (!box) return;
      event.preventDefault();
      box.checked = !box.checked;
      box.dispatchEvent(new Event("change", { bubbles: true }));
    }
  });

  form.addEventListener("submit", (event) => {
    if (submitting) {
      event.preventDefault();
      return;
    }
    submitting = true;
    form.setAttribute("aria-busy", "true");
    // Disable after the browser has collected the form data; the server also ignores a repeat.
    setTimeout(() => {
      for (const button of submitButtons) {
        button.disabled = true;
        button.textContent = "Submitting…";
      }
    }, 0);
    try {
      localStorage.removeItem(storageKey);
    } catch {
      // Nothing stored.
    }
  });

  // Back from the result page, a cached copy of this form must not be reused: ask the server.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && submitting) location.reload();
  });

  const remaining = Number(form.dataset.remaining || "0");
  const endsAt = performance.now() + remaining * 1000;
  const timer = timerValue?.closest(".timer");
  const clock = (seconds) => {
    const s = Math.max(0, Math.ceil(seconds));
    return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
  };
  let announced = "";
  const tick = () => {
    const left = (endsAt - performance.now()) / 1000;
    if (timerValue) timerValue.textContent = clock(left);
    timer?.classList.toggle("is-low", left <= 60);
    const note = left <= 60 ? "One minute left." : left <= 300 ? "Five minutes left." : "";
    if (note && note !== announced) {
      announced = note;
      live.textContent = note;
    }
    if (left <= 0) {
      clearInterval(interval);
      live.textContent = "Time is up. Submitting your answers.";
      if (!submitting) form.requestSubmit();
    }
  };
  const interval = setInterval(tick, 250);

  restore();
  render();
  tick();
})();
