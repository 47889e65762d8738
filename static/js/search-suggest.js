// Suggestions as you type, for every search field with a data-suggest-url attribute.
//
// The WAI-ARIA 1.2 combobox pattern with list autocomplete (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/):
// the field keeps focus, the highlighted option is named by aria-activedescendant, a polite live region says
// how many suggestions there are. Keys: Down/Up move through the list (Alt+Down opens it, Alt+Up closes it),
// Enter opens the highlighted page, Escape closes the list and a second Escape empties the field, Tab closes.
// Enter without a highlighted option submits the form as usual.
//
// Progressive enhancement only: without this file (or when the suggestions cannot be fetched) the field is a
// plain search field in a plain form. All visible and spoken text comes from the page (data attributes that
// the template renders through gettext), never from this file.
(() => {
  const MIN_CHARS = 2;
  const DELAY_MS = 150;

  const enhance = (input, index) => {
    const url = input.dataset.suggestUrl;
    if (!url || !input.form) return;
    const base = input.id || `search-suggest-${index}`;
    input.id = base;

    // The field and its popup share a wrapper, so the popup can sit right under the field (CSS: .suggest).
    const hadFocus = document.activeElement === input;
    const wrapper = document.createElement("div");
    wrapper.className = "suggest";
    input.before(wrapper);
    wrapper.append(input);

    const listbox = document.createElement("ul");
    listbox.id = `${base}-suggestions`;
    listbox.className = "suggest__list";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", input.dataset.suggestLabel || "");
    listbox.hidden = true;
    wrapper.append(listbox);

    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.setAttribute("aria-atomic", "true");
    wrapper.append(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    if (hadFocus) input.focus();

    let options = []; // [{element, url}]
    let active = -1;
    let shownFor = null; // the text the current options were fetched for
    let timer = null;
    let controller = null;
    let highlightFirst = false; // Down was pressed before the suggestions for this text were there

    const isOpen = () => !listbox.hidden;

    const setActive = (next) => {
      if (active >= 0 && options[active]) {
        options[active].element.setAttribute("aria-selected", "false");
      }
      active = next;
      if (active >= 0 && options[active]) {
        const { element } = options[active];
        element.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", element.id);
        element.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    };

    const open = () => {
      if (!options.length) return;
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    };

    const close = () => {
      setActive(-1);
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      status.textContent = "";
    };

    const cancel = () => {
      clearTimeout(timer);
      if (controller) controller.abort();
      controller = null;
    };

    const announce = (count) => {
      const template = count === 1 ? input.dataset.suggestOne : input.dataset.suggestMany;
      status.textContent = (template || "").replace("{n}", String(count)); // "{n} suggesties"
    };

    const go = (option) => {
      cancel();
      close();
      window.location.assign(option.url);
    };

    const render = (query, suggestions) => {
      setActive(-1);
      listbox.replaceChildren();
      options = [];
      shownFor = query;
      suggestions.forEach((suggestion, i) => {
        const element = document.createElement("li");
        element.id = `${base}-suggestion-${i}`;
        element.className = "suggest__option";
        element.setAttribute("role", "option");
        element.setAttribute("aria-selected", "false");
        element.textContent = suggestion.title;
        const option = { element, url: suggestion.url };
        // mousedown would move focus out of the field (and close the list) before the click lands.
        element.addEventListener("mousedown", (event) => event.preventDefault());
        element.addEventListener("click", () => go(option));
        listbox.append(element);
        options.push(option);
      });
      if (options.length && document.activeElement === input) {
        open();
        announce(options.length);
        if (highlightFirst) setActive(0);
        highlightFirst = false;
      } else {
        close();
      }
    };

    // Only same-site pages with a title: the endpoint is ours, but a list is no place for surprises.
    const usable = (data) =>
      (Array.isArray(data && data.suggestions) ? data.suggestions : []).filter((s) => {
        if (!s || typeof s.title !== "string" || !s.title || typeof s.url !== "string") return false;
        try {
          return new URL(s.url, window.location.href).origin === window.location.origin;
        } catch {
          return false;
        }
      });

    const fetchSuggestions = async (query) => {
      if (controller) controller.abort();
      controller = new AbortController();
      const { signal } = controller;
      const address = new URL(url, window.location.href);
      address.searchParams.set("q", query);
      try {
        const response = await fetch(address, { signal, headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const data = await response.json();
        if (signal.aborted || input.value.trim() !== query) return; // typed on meanwhile
        render(query, usable(data));
      } catch {
        // Aborted, offline or a bad answer: no suggestions, the search itself still works.
      }
    };

    input.addEventListener("input", () => {
      cancel();
      highlightFirst = false;
      const query = input.value.trim();
      if (query.length < MIN_CHARS) {
        options = [];
        shownFor = null;
        close();
        return;
      }
      setActive(-1);
      timer = setTimeout(() => fetchSuggestions(query), DELAY_MS);
    });

    input.addEventListener("keydown", (event) => {
      if (event.isComposing) return;
      const count = options.length;
      switch (event.key) {
        case "ArrowDown":
          if (shownFor !== input.value.trim()) {
            // Nothing fetched for this text yet (typed just now, or filled in by the page): ask now.
            if (input.value.trim().length < MIN_CHARS) return;
            event.preventDefault();
            highlightFirst = !event.altKey;
            cancel();
            fetchSuggestions(input.value.trim());
          } else if (!count) {
            return;
          } else if (!isOpen()) {
            event.preventDefault();
            open();
            announce(count);
            if (!event.altKey) setActive(0);
          } else if (!event.altKey) {
            event.preventDefault();
            setActive((active + 1) % count);
          }
          break;
        case "ArrowUp":
          if (!isOpen()) return;
          event.preventDefault();
          if (event.altKey) close();
          else setActive(active <= 0 ? count - 1 : active - 1);
          break;
        case "Enter":
          if (isOpen() && active >= 0) {
            event.preventDefault();
            go(options[active]);
          } else {
            cancel();
            close(); // and the form submits as usual
          }
          break;
        case "Escape":
          // Chromium also empties a type=search field on Escape; we decide instead.
          if (isOpen()) {
            event.preventDefault();
            cancel();
            close();
          } else if (input.value) {
            event.preventDefault();
            cancel();
            input.value = "";
            options = [];
            shownFor = null;
          }
          break;
        case "Tab":
          cancel();
          close();
          break;
        case "ArrowLeft":
        case "ArrowRight":
        case "Home":
        case "End":
          setActive(-1); // the caret moves in the field again
          break;
        default:
      }
    });

    input.addEventListener("blur", () => {
      cancel();
      close();
    });
    input.form.addEventListener("submit", () => {
      cancel();
      close();
    });
    // Back from a chosen page (back/forward cache): start closed.
    window.addEventListener("pageshow", () => close());
  };

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
