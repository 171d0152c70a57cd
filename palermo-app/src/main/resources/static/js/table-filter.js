// Filters the rows of the first data table as the user types in #country-filter (or any [data-filter-for]).
(function () {
  const input = document.getElementById('country-filter');
  const table = document.querySelector('table.data');
  if (!input || !table) return;
  input.addEventListener('input', function () {
    const q = input.value.trim().toLowerCase();
    for (const row of table.tBodies[0].rows) {
      row.hidden = q !== '' && !row.textContent.toLowerCase().includes(q);
    }
  });
})();
