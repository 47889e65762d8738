// Progressive enhancement only: the site works fully without this file.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll(".js-print")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }

  // Copy buttons (the round's link and code): shown only where the clipboard can be used; the
  // text stays selectable for everyone else. The status line tells screen readers it worked.
  if (navigator.clipboard && window.isSecureContext) {
    for (const button of document.querySelectorAll(".js-copy")) {
      const source = document.getElementById(button.dataset.copyTarget);
      const status = button.parentElement.querySelector(".copy-status");
      if (!source) continue;
      button.hidden = false;
      button.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(source.textContent.trim());
          if (status) status.textContent = button.dataset.copied;
        } catch (error) {
          if (status) status.textContent = button.dataset.failed;
        }
      });
    }
  }

  // Library filters: on narrow screens the filter panel sits above the results. Collapse it
  // behind a disclosure button there, so the results are in view. Without JS, or on wide
  // screens, the panel simply stays open.
  const filters = document.querySelector("form.filters");
  const heading = filters && filters.querySelector(".filters__heading");
  if (!heading) return;
  const narrow = window.matchMedia("(max-width: 55.99em)");
  const label = heading.textContent.trim();
  const chosen = filters.querySelectorAll("input[type=checkbox]:checked").length;
  let button = null;

  const setExpanded = (expanded) => {
    button.setAttribute("aria-expanded", String(expanded));
    filters.classList.toggle("is-collapsed", !expanded);
  };

  const apply = () => {
    if (narrow.matches && !button) {
      button = document.createElement("button");
      button.type = "button";
      button.className = "filters__toggle";
      button.textContent = chosen ? `${label} (${chosen})` : label;
      heading.textContent = "";
      heading.append(button);
      button.addEventListener("click", () => setExpanded(button.getAttribute("aria-expanded") !== "true"));
      setExpanded(false);
    } else if (!narrow.matches && button) {
      heading.textContent = label;
      button = null;
      filters.classList.remove("is-collapsed");
    }
  };
  apply();
  narrow.addEventListener("change", apply);
});
