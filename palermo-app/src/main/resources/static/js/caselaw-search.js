// The case-law search page: ticking a facet runs the search again at once (the form works without this too).
(function () {
  const form = document.getElementById('case-search');
  if (!form) return;
  form.addEventListener('change', function (event) {
    const t = event.target;
    if (t.matches('input[type=checkbox]') || t.id === 'sort') {
      form.submit();
    }
  });
})();
