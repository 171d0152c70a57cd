// The review queue, keyboard first: j/k move, a accept, r reject, e correct, u undo, o open the source.
(function () {
  const list = document.getElementById('facts');
  if (!list) return;
  const csrf = document.getElementById('csrf');
  const items = () => Array.from(list.querySelectorAll('li.fact'));
  let current = 0;

  function focus(i) {
    const all = items();
    if (!all.length) return;
    current = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((li, k) => li.classList.toggle('current', k === current));
    all[current].focus();
  }

  async function decide(li, decision, corrections) {
    const headers = {'Content-Type': 'application/json'};
    headers[csrf.dataset.header] = csrf.value;
    const res = await fetch('/api/v1/facts/' + li.dataset.id + '/decision', {
      method: 'POST', headers, credentials: 'same-origin',
      body: JSON.stringify({decision, corrections: corrections || null})
    });
    const error = li.querySelector('.error');
    if (!res.ok) {
      let detail = res.status + '';
      try { detail = (await res.json()).detail || detail; } catch (e) { /* not JSON */ }
      error.textContent = detail;
      li.querySelector('form.correct').hidden = false;
      return false;
    }
    const fact = await res.json();
    li.dataset.status = fact.status;
    li.querySelector('.badge.status').textContent = fact.status;
    li.classList.toggle('decided', fact.status !== 'SUGGESTED');
    error.textContent = '';
    li.querySelector('form.correct').hidden = true;
    return true;
  }

  function correct(li) {
    const form = li.querySelector('form.correct');
    form.hidden = false;
    const first = form.querySelector('input');
    if (first) first.focus();
  }

  list.addEventListener('click', function (e) {
    const button = e.target.closest('button[data-act]');
    if (!button) return;
    const li = button.closest('li.fact');
    focus(items().indexOf(li));
    if (button.dataset.act === 'CORRECT') correct(li);
    else decide(li, button.dataset.act).then(ok => { if (ok && button.dataset.act !== 'REOPEN') focus(current + 1); });
  });

  list.addEventListener('submit', function (e) {
    e.preventDefault();
    const form = e.target;
    const li = form.closest('li.fact');
    const corrections = {};
    for (const input of form.querySelectorAll('input')) {
      corrections[input.name] = input.value.trim() === '' ? null : input.value.trim();
    }
    decide(li, 'CORRECT', corrections).then(ok => { if (ok) focus(current + 1); });
  });

  document.addEventListener('keydown', function (e) {
    if (e.target.closest('input, select, textarea')) {
      if (e.key === 'Escape') { e.target.closest('form').hidden = true; focus(current); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const li = items()[current];
    switch (e.key) {
      case 'j': focus(current + 1); break;
      case 'k': focus(current - 1); break;
      case 'a': if (li) decide(li, 'ACCEPT').then(ok => ok && focus(current + 1)); break;
      case 'r': if (li) decide(li, 'REJECT').then(ok => ok && focus(current + 1)); break;
      case 'u': if (li) decide(li, 'REOPEN'); break;
      case 'e': if (li) { e.preventDefault(); correct(li); } break;
      case 'o': if (li && li.dataset.href) location.href = li.dataset.href; break;
      default: return;
    }
  });

  focus(0);
})();
