// A decision's page: reviewers accept or reject the coder's suggestions through the API, then the page reloads.
(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const error = document.getElementById('review-error');
  document.querySelectorAll('.review button[data-action]').forEach(function (button) {
    button.addEventListener('click', function () {
      button.disabled = true;
      fetch(button.dataset.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: meta ? {'X-CSRF-TOKEN': meta.content} : {}
      }).then(function (response) {
        if (response.ok) {
          window.location.reload();
          return;
        }
        return response.json().then(function (problem) {
          error.textContent = problem.detail || ('The server answered ' + response.status);
          error.hidden = false;
          button.disabled = false;
        });
      }).catch(function () {
        error.textContent = 'The server could not be reached';
        error.hidden = false;
        button.disabled = false;
      });
    });
  });
})();
