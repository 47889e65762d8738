// Films from YouTube or Vimeo: the provider's player loads only when the visitor asks for it, so the page
// makes no request to the provider before that (no cookies, no visit reported). Without JavaScript the
// placeholder keeps its plain link to the film at the provider.
document.addEventListener("DOMContentLoaded", () => {
  for (const box of document.querySelectorAll("[data-film-consent]")) {
    const button = box.querySelector(".js-film-load");
    const src = box.dataset.embedSrc;
    if (!button || !src || !src.startsWith("https://")) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const frame = document.createElement("iframe");
      const url = new URL(src);
      url.searchParams.set("autoplay", "1");
      frame.src = url.toString();
      frame.title = box.dataset.embedTitle || "";
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      const player = document.createElement("div");
      player.className = "film__embed";
      player.appendChild(frame);
      box.replaceWith(player);
      frame.focus();
    });
  }
});
