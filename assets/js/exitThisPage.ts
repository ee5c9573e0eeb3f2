/**
 * "Exit this page", as in the GOV.UK Design System
 * (https://design-system.service.gov.uk/components/exit-this-page/): the button, or Shift pressed
 * three times within five seconds, covers the page at once and replaces it with a neutral site.
 * Without JavaScript the button is still a plain link to the same site.
 */
const PRESSES_TO_EXIT = 3;
const PRESS_WINDOW_MS = 5000;
const EXITING_CLASS = "exit-this-page--exiting";
/** GOV.UK's words for the count running out (govuk-frontend's ExitThisPage, i18n.timedOut). */
const EXPIRED_MESSAGE = "Exit this page expired.";

export function initExitThisPage(doc: Document = document, win: Window = window): void {
  const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>("a[data-exit-this-page]"));
  const destination = links[0]?.href;
  if (!destination) return;

  const overlay = doc.createElement("div");
  overlay.className = "exit-this-page-overlay";
  overlay.hidden = true;
  overlay.textContent = "Loading.";
  doc.body.append(overlay);

  // Tells keyboard and screen reader users how many more presses are needed: under the button, in
  // the strip that stays at the top of the screen (see site.css).
  const indicator = doc.createElement("div");
  indicator.className = "exit-this-page-indicator";
  indicator.setAttribute("role", "status");
  (doc.querySelector(".exit-this-page__inner") ?? doc.body).append(indicator);

  let presses = 0;
  let resetTimer: number | undefined;
  let clearTimer: number | undefined;
  let shiftUsedAsModifier = false;

  function say(message: string): void {
    indicator.textContent = message;
    indicator.classList.toggle("exit-this-page-indicator--visible", message !== "");
  }

  /** Back to no presses, saying nothing: on leaving, and on coming back to the page. */
  function reset(): void {
    presses = 0;
    win.clearTimeout(resetTimer);
    win.clearTimeout(clearTimer);
    say("");
  }

  /**
   * The count starts again, after a pause or another key. As GOV.UK's component does, this is
   * announced (a screen reader user who paused would otherwise not know the presses were lost),
   * and the message then goes after as long again.
   */
  function expire(): void {
    presses = 0;
    win.clearTimeout(resetTimer);
    win.clearTimeout(clearTimer);
    say(EXPIRED_MESSAGE);
    clearTimer = win.setTimeout(() => say(""), PRESS_WINDOW_MS);
  }

  function exit(): void {
    reset();
    doc.documentElement.classList.add(EXITING_CLASS);
    overlay.hidden = false;
    doc.title = "Loading";
    // replace(), not assign(): the back button should not bring this page back.
    win.location.replace(destination as string);
  }

  for (const link of links) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      exit();
    });
  }

  doc.addEventListener("keydown", (event) => {
    if (event.key === "Shift") return;
    // Shift held while typing a capital letter is not a press towards exiting.
    if (event.shiftKey) shiftUsedAsModifier = true;
    // Any other key between presses starts the count again.
    if (presses > 0) expire();
  });

  doc.addEventListener("keyup", (event) => {
    if (event.key !== "Shift") return;
    if (shiftUsedAsModifier) {
      shiftUsedAsModifier = false;
      return;
    }
    presses += 1;
    win.clearTimeout(resetTimer);
    win.clearTimeout(clearTimer);
    if (presses >= PRESSES_TO_EXIT) {
      exit();
      return;
    }
    const remaining = PRESSES_TO_EXIT - presses;
    say(
      `Shift pressed ${presses} ${presses === 1 ? "time" : "times"}. ` +
        `Press it ${remaining} more ${remaining === 1 ? "time" : "times"} to exit this page.`,
    );
    resetTimer = win.setTimeout(expire, PRESS_WINDOW_MS);
  });

  // Coming back with the back button can restore the covered page from the cache: uncover it.
  win.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    doc.documentElement.classList.remove(EXITING_CLASS);
    overlay.hidden = true;
    reset();
  });
}
