// The review queue, keyboard first: j/k move, a accept, r reject, e correct, u undo, o open the source,
// b the bulk-accept threshold. Each rule's accuracy beside its suggestions follows every decision.
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

  // A court decision's coded label: accept or reject it, or set its field (the case-law API).
  async function decideLabel(li, decision, values) {
    const error = li.querySelector('.error');
    if (decision === 'REOPEN') {
      error.textContent = 'A decided case label is set again with Correct…';
      return false;
    }
    const base = '/api/v1/cases/' + encodeURIComponent(li.dataset.case) + '/coding/';
    const res = decision === 'CORRECT'
      ? await fetch(base + encodeURIComponent(li.dataset.field), {method: 'PUT', headers: jsonHeaders(), credentials: 'same-origin',
          body: JSON.stringify({values: values})})
      : await fetch(base + li.dataset.coding + '/' + (decision === 'ACCEPT' ? 'accept' : 'reject'),
          {method: 'POST', headers: jsonHeaders(), credentials: 'same-origin'});
    if (!res.ok) {
      error.textContent = await problem(res);
      if (decision === 'CORRECT') li.querySelector('form.correct').hidden = false;
      return false;
    }
    const status = decision === 'ACCEPT' ? 'ACCEPTED' : decision === 'REJECT' ? 'REJECTED' : 'CORRECTED';
    li.dataset.status = status;
    li.querySelector('.badge.status').textContent = status;
    li.classList.add('decided');
    error.textContent = '';
    li.querySelector('form.correct').hidden = true;
    const rule = li.querySelector('.accuracy');
    if (rule) refreshLabelAccuracy(rule.dataset.rule, rule.dataset.extractor);
    return true;
  }

  async function refreshLabelAccuracy(rule, coder) {
    const res = await fetch('/api/v1/cases/coding-rules?rule=' + encodeURIComponent(rule), {credentials: 'same-origin'});
    if (!res.ok) return;
    const row = (await res.json()).find(r => r.coder === coder);
    const text = row ? row.summary : 'no decisions yet';
    for (const span of document.querySelectorAll('li.case-label .accuracy')) {
      if (span.dataset.rule === rule && span.dataset.extractor === coder) span.textContent = text;
    }
  }

  async function decide(li, decision, corrections) {
    if (li.dataset.kind === 'case_label') return decideLabel(li, decision, corrections && corrections.values);
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
    refreshAccuracy(fact.rule, fact.extractor);
    li.dataset.status = fact.status;
    li.querySelector('.badge.status').textContent = fact.status;
    li.classList.toggle('decided', fact.status !== 'SUGGESTED');
    error.textContent = '';
    li.querySelector('form.correct').hidden = true;
    return true;
  }

  function jsonHeaders() {
    const headers = {'Content-Type': 'application/json'};
    headers[csrf.dataset.header] = csrf.value;
    return headers;
  }

  async function problem(res) {
    try { return (await res.json()).detail || res.status + ''; } catch (e) { return res.status + ''; }
  }

  // The figures of one rule, read again after a decision, on every suggestion of that rule on the page.
  async function refreshAccuracy(rule, extractor) {
    if (!rule) return;
    const res = await fetch('/api/v1/facts/rules?rule=' + encodeURIComponent(rule) + '&extractor=' + encodeURIComponent(extractor),
      {credentials: 'same-origin'});
    if (!res.ok) return;
    const rows = await res.json();
    const text = rows.length ? rows[0].summary : 'no decisions yet';
    for (const span of document.querySelectorAll('.accuracy')) {
      if (span.dataset.rule === rule && span.dataset.extractor === extractor) span.textContent = text;
    }
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
    if (li.dataset.kind === 'case_label') {
      corrections.values = (corrections.values || '').split(',').map(v => v.trim()).filter(v => v !== '');
    }
    decide(li, 'CORRECT', corrections).then(ok => { if (ok) focus(current + 1); });
  });

  document.addEventListener('keydown', function (e) {
    if (e.target.closest('input, select, textarea')) {
      const form = e.target.closest('form.correct');
      if (e.key === 'Escape' && form) { form.hidden = true; focus(current); }
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
      case 'b': e.preventDefault(); document.getElementById('bulk-threshold').focus(); break;
      default: return;
    }
  });

  // Bulk accept: preview the count for the filter and threshold, then accept exactly that many.
  const bulk = document.getElementById('bulk-accept');
  const preview = document.getElementById('bulk-preview');
  const confirm = document.getElementById('bulk-confirm');
  const bulkError = document.getElementById('bulk-error');
  let previewed = null;

  const labels = () => new FormData(bulk).get('kind') === 'case_label';

  function bulkFilter() {
    const f = new FormData(bulk);
    const filter = {min_confidence: parseFloat(f.get('min_confidence'))};
    if (labels()) {
      if (f.get('country')) filter.jurisdiction = f.get('country');
      return filter;
    }
    if (f.get('document')) filter.document = parseInt(f.get('document'), 10);
    if (f.get('country')) filter.country = f.get('country');
    if (f.get('type')) filter.type = f.get('type');
    return filter;
  }

  bulk.addEventListener('submit', async function (e) {
    e.preventDefault();
    bulkError.textContent = '';
    confirm.hidden = true;
    const filter = bulkFilter();
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) params.set(k, v);
    const res = await fetch((labels() ? '/api/v1/cases' : '/api/v1/facts') + '/bulk-accept/preview?' + params, {credentials: 'same-origin'});
    if (!res.ok) { bulkError.textContent = await problem(res); return; }
    let p = await res.json();
    if (labels()) {
      // The same preview for coded labels: how many undecided labels, by rule.
      p = {facts: p.labels, by_rule: Object.entries(p.by_rule).map(([rule, n]) => ({rule, facts: n, rule_accuracy: 'confidence of the rule'}))};
    }
    previewed = {filter, expected: p.facts};
    preview.textContent = p.facts === 0 ? 'No undecided suggestion at or above ' + filter.min_confidence + '.'
      : p.facts + ' undecided suggestion' + (p.facts === 1 ? '' : 's') + ' at or above ' + filter.min_confidence + ' would be accepted: '
        + p.by_rule.map(r => r.facts + ' by ' + r.rule + ' (' + r.rule_accuracy + ')').join('; ') + '.';
    preview.dataset.count = p.facts;
    if (p.facts > 0) {
      confirm.textContent = 'Accept ' + p.facts;
      confirm.hidden = false;
      confirm.focus();
    }
  });

  confirm.addEventListener('click', async function () {
    if (!previewed) return;
    const res = await fetch((labels() ? '/api/v1/cases' : '/api/v1/facts') + '/bulk-accept', {
      method: 'POST', headers: jsonHeaders(), credentials: 'same-origin',
      body: JSON.stringify(Object.assign({expected: previewed.expected}, previewed.filter))
    });
    if (!res.ok) { bulkError.textContent = await problem(res); confirm.hidden = true; return; }
    const step = await res.json();
    const url = new URL(location.href);
    url.searchParams.set(labels() ? 'case_bulk_step' : 'bulk_step', step.id);
    location.href = url.toString();
  });

  document.addEventListener('click', async function (e) {
    const button = e.target.closest('button[data-undo-case-step]');
    if (!button) return;
    const res = await fetch('/api/v1/cases/bulk-accept/' + button.dataset.undoCaseStep + '/undo',
      {method: 'POST', headers: jsonHeaders(), credentials: 'same-origin'});
    if (!res.ok) { bulkError.textContent = await problem(res); return; }
    const url = new URL(location.href);
    url.searchParams.set('case_bulk_step', button.dataset.undoCaseStep);
    location.href = url.toString();
  });

  document.addEventListener('click', async function (e) {
    const button = e.target.closest('button[data-undo-step]');
    if (!button) return;
    const res = await fetch('/api/v1/facts/bulk-accept/' + button.dataset.undoStep + '/undo',
      {method: 'POST', headers: jsonHeaders(), credentials: 'same-origin'});
    if (!res.ok) { bulkError.textContent = await problem(res); return; }
    const url = new URL(location.href);
    url.searchParams.set('bulk_step', button.dataset.undoStep);
    location.href = url.toString();
  });

  focus(0);
})();
