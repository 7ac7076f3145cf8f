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
