// Review page: keyboard navigation, claim panel swapping, adding a claim from a
// text selection, extra source rows. Every action also works without this file
// (links and forms), so it only speeds up what the server already does.
(function () {
  "use strict";

  const root = document.querySelector(".review");
  if (!root) return;
  const articleEl = document.getElementById("article-text");
  const panel = document.getElementById("claim-panel");
  const listEl = document.getElementById("claim-list");
  const dialog = document.getElementById("shortcuts");
  const panelBase = root.dataset.panelUrl; // "/articles/<id>/claims/"
  const desktop = window.matchMedia("(min-width: 960px)");

  // Claims in reading order: the side list when present, else the marks.
  function claimIds() {
    const source = listEl
      ? listEl.querySelectorAll("a.claim-item")
      : articleEl.querySelectorAll("mark[id^='m-']");
    return Array.from(source, (el) => el.dataset.claimId);
  }
  const ids = claimIds();
  let current = -1;

  function marksOf(id) {
    return articleEl.querySelectorAll(`mark[data-claim-id="${CSS.escape(id)}"]`);
  }
  function itemOf(id) {
    return listEl
      ? listEl.querySelector(`a.claim-item[data-claim-id="${CSS.escape(id)}"]`)
      : null;
  }

  function toggleClass(selector, name, on) {
    document.querySelectorAll(selector).forEach((el) => el.classList.remove(name));
    on.forEach((el) => el && el.classList.add(name));
  }

  function scrollListTo(item) {
    if (!item) return;
    const box = item.closest("details");
    const list = listEl;
    if (!box || !list) return;
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - list.clientHeight / 3;
    }
  }

  // Move the keyboard cursor to a claim: outline its text, focus it.
  function moveTo(index) {
    if (!ids.length) return;
    current = Math.max(0, Math.min(ids.length - 1, index));
    const id = ids[current];
    const marks = Array.from(marksOf(id));
    toggleClass("mark.is-current", "is-current", marks);
    toggleClass("a.claim-item.is-current", "is-current", [itemOf(id)]);
    const first = marks[0];
    if (first) {
      first.tabIndex = -1;
      first.setAttribute("role", "button");
      first.setAttribute("aria-label", `Claim ${current + 1} of ${ids.length}: ${first.textContent}`);
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: "nearest", behavior: "instant" });
    } else if (itemOf(id)) {
      itemOf(id).focus();
    }
    scrollListTo(itemOf(id));
  }

  function markSelected(id) {
    toggleClass("mark.is-selected", "is-selected", Array.from(marksOf(id)));
    document.querySelectorAll("a.claim-item[aria-current]").forEach((el) => {
      el.removeAttribute("aria-current");
      el.classList.remove("is-selected");
    });
    const item = itemOf(id);
    if (item) {
      item.setAttribute("aria-current", "true");
      item.classList.add("is-selected");
    }
  }

  // Load a claim's panel without reloading the page; fall back to navigation.
  async function openClaim(id, push = true) {
    const index = ids.indexOf(String(id));
    if (index >= 0) current = index;
    const pageUrl = `${panelBase}${id}/`;
    try {
      const response = await fetch(`${pageUrl}panel/`, {
        headers: { "X-Requested-With": "fetch" },
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(String(response.status));
      panel.innerHTML = await response.text();
    } catch (error) {
      window.location.href = pageUrl;
      return;
    }
    if (push) history.pushState({ claim: String(id) }, "", pageUrl);
    shownPath.value = pageUrl;
    markSelected(String(id));
    const title = document.getElementById("panel-title");
    if (title) title.focus({ preventScroll: desktop.matches });
    if (desktop.matches) panel.scrollTop = 0;
  }

  const shownPath = { value: window.location.pathname };
  window.addEventListener("popstate", (event) => {
    if (event.state && event.state.claim) openClaim(event.state.claim, false);
    // Back to a page this script did not draw (the article without a claim).
    else if (window.location.pathname !== shownPath.value) window.location.reload();
  });

  // Clicks: highlights, list items and the panel's previous/next links.
  document.addEventListener("click", (event) => {
    const target = event.target.closest("mark[data-claim-id], a.claim-item, a[data-claim-link]");
    if (!target || event.ctrlKey || event.metaKey || event.shiftKey) {
      const action = event.target.closest("[data-action]");
      if (action) handleAction(action.dataset.action);
      return;
    }
    if (target.tagName === "MARK" && !window.getSelection().isCollapsed) return;
    event.preventDefault();
    // closest() finds the innermost mark: a figure inside a quote opens the figure.
    openClaim(target.dataset.claimLink || target.dataset.claimId);
  });

  function handleAction(name) {
    if (name === "shortcuts") toggleShortcuts();
    if (name === "add-source") addSourceRow();
    if (name === "cancel-selection") hideAddClaim();
  }

  function toggleShortcuts() {
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  function addSourceRow() {
    const template = document.getElementById("source-template");
    const total = document.getElementById("id_sources-TOTAL_FORMS");
    const rows = document.getElementById("source-rows");
    if (!template || !total || !rows) return;
    const index = Number(total.value);
    const html = template.innerHTML.replace(/__prefix__/g, String(index));
    rows.insertAdjacentHTML("beforeend", html);
    total.value = String(index + 1);
    const url = document.getElementById(`id_sources-${index}-url`);
    if (url) url.focus();
  }

  // ---- keyboard
  function isTyping(el) {
    return el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
  }

  function pickRating(digit) {
    const select = document.getElementById("id_rating");
    if (!select) return;
    const option = Array.from(select.options).find((o) => o.text.startsWith(`${digit} ·`));
    if (!option) return;
    select.value = option.value;
    const explanation = document.getElementById("id_explanation");
    if (explanation) explanation.focus();
  }

  function submit(id) {
    const form = document.getElementById(id);
    if (form) form.requestSubmit();
  }

  document.addEventListener("keydown", (event) => {
    const el = document.activeElement;
    if (isTyping(el)) {
      if (event.key === "Escape") {
        el.blur();
        const title = document.getElementById("panel-title");
        if (title) title.focus({ preventScroll: true });
        event.preventDefault();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && el.form) {
        event.preventDefault();
        el.form.requestSubmit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (dialog && dialog.open && event.key !== "?") return;
    const key = event.key;
    if (key === "j" || key === "k") {
      event.preventDefault();
      const start = current >= 0 ? current : selectedIndex();
      moveTo(start < 0 ? 0 : start + (key === "j" ? 1 : -1));
    } else if (key === "Enter" && current >= 0 && el && el.tagName === "MARK") {
      event.preventDefault();
      openClaim(ids[current]);
    } else if (/^[1-9]$/.test(key)) {
      event.preventDefault();
      pickRating(key);
    } else if (key === "s") {
      event.preventDefault();
      submit("verdict-form");
    } else if (key === "n") {
      event.preventDefault();
      const form = document.getElementById("verdict-form");
      const next = form && form.querySelector("button[name='then'][value='next']");
      if (next) form.requestSubmit(next);
    } else if (key === "d") {
      event.preventDefault();
      submit("dismiss-form");
    } else if (key === "?") {
      event.preventDefault();
      toggleShortcuts();
    }
  });

  function selectedIndex() {
    const shown = panel.querySelector(".claim-panel");
    return shown ? ids.indexOf(shown.dataset.claimId) : -1;
  }

  // ---- add a claim from a selection
  const addForm = document.getElementById("add-claim");

  function codePoints(text) {
    return Array.from(text);
  }

  function selectionInArticle() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    if (!articleEl.contains(range.commonAncestorContainer)) return null;
    const exact = range.toString();
    if (!exact.trim()) return null;
    const before = document.createRange();
    before.setStart(articleEl, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const after = document.createRange();
    after.setStart(range.endContainer, range.endOffset);
    after.setEnd(articleEl, articleEl.childNodes.length);
    return {
      exact,
      prefix: codePoints(before.toString()).slice(-32).join(""),
      suffix: codePoints(after.toString()).slice(0, 32).join(""),
    };
  }

  function showAddClaim() {
    if (!addForm) return;
    const found = selectionInArticle();
    if (!found) return;
    addForm.querySelector("#add-exact").value = found.exact;
    addForm.querySelector("#add-prefix").value = found.prefix;
    addForm.querySelector("#add-suffix").value = found.suffix;
    const preview = codePoints(found.exact);
    addForm.querySelector("#selection-preview").textContent =
      preview.length > 240 ? `${preview.slice(0, 240).join("")}…` : found.exact;
    addForm.hidden = false;
  }

  function hideAddClaim() {
    if (addForm) addForm.hidden = true;
  }

  articleEl.addEventListener("mouseup", () => window.setTimeout(showAddClaim, 0));
  articleEl.addEventListener("keyup", (event) => {
    if (event.shiftKey) showAddClaim();
  });
  document.addEventListener("selectionchange", () => {
    window.clearTimeout(showAddClaim.timer);
    showAddClaim.timer = window.setTimeout(showAddClaim, 250);
  });

  // ---- on load: show where the selected claim is.
  const start = selectedIndex();
  if (start >= 0) {
    current = start;
    const first = marksOf(ids[start])[0];
    if (first && desktop.matches) first.scrollIntoView({ block: "nearest", behavior: "instant" });
    markSelected(ids[start]);
  }
})();
