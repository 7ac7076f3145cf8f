/*
 * A table wider than a narrow screen scrolls within itself (credence.css): it then takes the keyboard's
 * focus, so that it can be scrolled without a mouse, and gives it back when it fits again.
 */
function scrollableTablesFocusable() {
  for (const table of document.querySelectorAll('table.data')) {
    if (table.scrollWidth > table.clientWidth) {
      table.tabIndex = 0;
    }
    else {
      table.removeAttribute('tabindex');
    }
  }
}
scrollableTablesFocusable();
addEventListener('resize', scrollableTablesFocusable);

/*
 * A part of a page that says it changes (data-refresh, in milliseconds), such as a running import's
 * progress, is fetched again and replaced until the new one no longer says so. Without script, the
 * page shows the state it was loaded in, and reloading it shows the latest.
 */
function refreshChangingParts() {
  for (const part of document.querySelectorAll('[data-refresh]')) {
    setTimeout(async () => {
      const response = await fetch(location.href, { headers: { Accept: 'text/html' } });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById(part.id);
      if (fresh) {
        part.replaceWith(document.importNode(fresh, true));
        refreshChangingParts();
      }
    }, Number(part.dataset.refresh));
  }
}
refreshChangingParts();
