// briefs dev server: reload the page after a new build; show a failed build's problems over it.
// The server adds this to the HTML it sends (with the epoch of that page's build); built sites never
// contain it. Called as (function ...)(epoch).
(function (epoch) {
  "use strict";
  const events = new EventSource("/__briefs__/events");

  events.onmessage = (message) => {
    const state = JSON.parse(message.data);
    if (state.epoch !== epoch) {
      events.close();
      location.reload();
    } else {
      showProblems(state.problems);
    }
  };

  function showProblems(problems) {
    let overlay = document.getElementById("briefs-overlay");
    if (problems.length === 0) {
      if (overlay) overlay.remove();
      return;
    }
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "briefs-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
        "background:rgba(20,20,20,.92);color:#fff;font:15px/1.5 ui-monospace,monospace;";
      document.body.append(overlay);
    }
    const heading = element("h2", "The last save broke the build", "margin:0 0 .5rem;color:#ff8a80");
    const note = element(
      "p", "Still showing the last good version. Fix the file and save: this goes away by itself.",
      "margin:0 0 1.5rem;color:#bbb");
    overlay.replaceChildren(heading, note, ...problems.map(problem));
  }

  function problem(p) {
    const item = element("div", "", "margin:0 0 1.25rem;white-space:pre-wrap");
    if (p.location) item.append(element("strong", p.location, "color:#ffd180"), ": ");
    item.append(p.message);
    if (p.hint) item.append(element("div", "hint: " + p.hint, "color:#bbb"));
    return item;
  }

  function element(tag, text, style) {
    const node = document.createElement(tag);
    node.textContent = text;
    node.style.cssText = style;
    return node;
  }
})
