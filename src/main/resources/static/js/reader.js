// Document reader: highlights the paragraph named in the address (#p21) and scrolls to it;
// other modules add fact highlighting through data attributes.
(function () {
  function focusTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const el = document.getElementById(id);
    if (el) el.scrollIntoView({block: 'start'});
  }
  window.addEventListener('hashchange', focusTarget);
  focusTarget();
})();
