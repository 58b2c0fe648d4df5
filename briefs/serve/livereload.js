// briefs dev server: show a new build in the page; show a failed build's problems over it.
// The server adds this to the HTML it sends, called with the build the page comes from:
// (function ...)(epoch, assets). Built sites never contain it.
//
// After a build, the page fetches itself and swaps in the new <body>: faster than a reload (no
// styles to load again), so a save shows within a frame or two of the build. It reloads instead
// when that could show something stale: styles or other assets changed, the <head> loads other
// files, the page has scripts of its own, or the page is gone.
(function (epoch, assets) {
  "use strict";
  let events = null;
  let latest = null; // the newest state not yet shown
  let busy = false;

  // Only visible tabs listen: a browser opens few connections per server (6 in Chromium), and a
  // tab coming back gets the current state at once.
  function listen() {
    if (events) events.close();
    events = document.hidden ? null : new EventSource("/__briefs__/events");
    if (events) {
      events.onmessage = (message) => {
        latest = JSON.parse(message.data);
        if (!busy) update();
      };
    }
  }
  document.addEventListener("visibilitychange", listen);
  listen();

  async function update() {
    busy = true;
    while (latest) {
      const state = latest;
      latest = null;
      if (state.epoch !== epoch) {
        if (state.assets !== assets || !(await swapBody())) {
          document.removeEventListener("visibilitychange", listen);
          if (events) events.close();
          location.reload();
          return;
        }
        epoch = state.epoch;
      }
      showProblems(state.problems);
    }
    busy = false;
  }

  async function swapBody() {
    try {
      const response = await fetch(location.href, { cache: "no-store" });
      if (!response.ok) return false;
      const next = new DOMParser().parseFromString(await response.text(), "text/html");
      const ours = next.body.querySelectorAll("script[data-briefs]");
      if (loads(next) !== loads(document) || next.body.querySelectorAll("script").length !== ours.length) {
        return false;
      }
      ours.forEach((script) => script.remove());
      document.title = next.title;
      document.body.replaceWith(next.body);
      return true;
    } catch (error) {
      return false;
    }
  }

  function loads(doc) {
    const elements = doc.head.querySelectorAll("link[rel~=stylesheet], script, style, base");
    return Array.from(elements, (element) => element.outerHTML).join("\n");
  }

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
    }
    document.body.append(overlay); // again after a swap: the new <body> does not have it
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
