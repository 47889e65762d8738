// "Bewaar in Mijn map" without a reload. Without this file the form posts and the page comes back with a
// message; with it, the same POST is sent in the background and the button and status line change in place.
(() => {
  if (window.folderSaveReady) return;
  window.folderSaveReady = true;
  document.addEventListener("submit", async (event) => {
    const form = event.target.closest("form[data-folder-save]");
    if (!form || !window.fetch) return;
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    const status = form.querySelector(".save-form__status");
    button.disabled = true;
    try {
      // getAttribute: the form's hidden "action" field hides the form.action property.
      const response = await fetch(form.getAttribute("action"), {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const data = await response.json();
      if (response.ok) {
        form.querySelector("input[name=action]").value = data.action;
        button.textContent = data.label;
        const link = form.querySelector(".save-form__link");
        if (link) link.hidden = !data.saved;
      }
      if (status) status.textContent = data.message;
    } catch (error) {
      form.submit(); // the plain form post still works
      return;
    } finally {
      button.disabled = false;
    }
  });
})();
