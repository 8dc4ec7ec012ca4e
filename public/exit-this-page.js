// Exit this page on the information site's Get help now page, which ships no React client
// components (it is built once, statically): a small same-origin script, allowed by the static
// pages' Content-Security-Policy. Without it the link still works (a plain GET).
// Pressing Shift three times within five seconds, or the button, replaces this page in the
// history with /exit-this-page, which deletes any drafts and redirects to a neutral site.
// Loaded once per document (React keeps one copy of an async script), so it listens on the
// document and looks for the component at the moment of each key press or click.
(function () {
  "use strict";
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  var count = 0;
  var timer = 0;
  var lastKeyWasModified = false;
  var component = function () {
    return document.querySelector("[data-exit-this-page]");
  };
  var say = function (root, text) {
    var status = root.querySelector("[role=status]");
    if (status) status.textContent = text;
  };
  document.documentElement.setAttribute("data-exit-this-page-ready", "");

  function leave(root) {
    document.body.classList.add("app-exit-this-page--hide-content");
    var overlay = document.createElement("div");
    overlay.className = "app-exit-this-page__overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = "Loading.";
    root.appendChild(overlay);
    window.location.replace(root.querySelector("a").href);
  }

  document.addEventListener("click", function (event) {
    var root = component();
    if (!root || !(event.target instanceof Element) || !root.contains(event.target.closest("a"))) return;
    event.preventDefault();
    leave(root);
  });
  document.addEventListener(
    "keyup",
    function (event) {
      var root = component();
      // Shift used as a modifier (Shift+A) is not a press of its own (as GOV.UK's component).
      var alone = event.key === "Shift" && !lastKeyWasModified;
      lastKeyWasModified = event.shiftKey;
      if (!root || !alone) {
        if (event.key !== "Shift") count = 0;
        return;
      }
      count += 1;
      window.clearTimeout(timer);
      if (count >= PRESSES) {
        count = 0;
        say(root, "");
        leave(root);
        return;
      }
      var left = PRESSES - count;
      say(root, "Shift, press " + left + " more time" + (left === 1 ? "" : "s") + " to exit.");
      timer = window.setTimeout(function () {
        count = 0;
        say(root, "Exit this page expired.");
      }, WINDOW_MS);
    },
    true,
  );
  window.addEventListener("pageshow", function () {
    count = 0;
    document.body.classList.remove("app-exit-this-page--hide-content");
    var overlay = document.querySelector("[data-exit-this-page] .app-exit-this-page__overlay");
    if (overlay) overlay.remove();
  });
})();
