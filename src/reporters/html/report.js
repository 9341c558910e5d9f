// The drift report's browser script. Plain JS, no build step. Every view is built from
// the embedded JSON with createElement and text nodes only: document content (headings,
// link text, file names, messages) is never parsed as markup, and no handler is built
// from it. Views render lazily: a locale's findings when opened, 200 rows at a time;
// one file pair at a time.
(() => {
  'use strict';

  const PAGE_SIZE = 200;
  const SEARCH_DELAY_MS = 150;
  const VIEWS = ['overview', 'status', 'findings', 'pair'];
  const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
  const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' };
  const SEVERITY_ICON = { error: '\u2716', warning: '\u25B2', info: '\u2139' };

  const data = JSON.parse(document.getElementById('report-data').textContent);
  data.findings.forEach((finding, index) => {
    finding.index = index;
  });

  const numberFormat = new Intl.NumberFormat('en-US');
  const formatCount = (n) => numberFormat.format(n);
  const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  // ---------------------------------------------------------------------------
  // DOM building: the only way this script creates elements.

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    if (attributes) {
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) continue;
        // Handlers are attached with addEventListener; styles come from classes (the CSP
        // forbids style attributes anyway).
        if (/^on/i.test(name) || name === 'style') throw new Error('refusing attribute ' + name);
        if (name === 'className') node.className = value;
        else node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    appendChildren(node, children);
    return node;
  }

  function appendChildren(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // The locale text a finding is about (invisible characters already shown as ⟦U+200B⟧).
  function blockContext(finding) {
    return finding.context ? el('blockquote', { className: 'block-context', lang: finding.locale }, finding.context) : null;
  }

  function hashFor(view, params) {
    const query = params ? new URLSearchParams(params).toString() : '';
    return '#' + view + (query ? '?' + query : '');
  }

  // Lets a long path wrap after a slash or before its line number, not mid-name.
  function pathNodes(text) {
    const nodes = [];
    for (const piece of text.split(/(?<=\/)|(?=:\d)/)) {
      if (nodes.length) nodes.push(el('wbr'));
      nodes.push(piece);
    }
    return nodes;
  }

  // Messages quote elements in backticks (`l1l2l3-foo.md`); those read better as code.
  function messageNodes(message) {
    const parts = message.split('`');
    if (parts.length < 3 || parts.length % 2 === 0) return [message];
    return parts.map((part, i) => (i % 2 ? el('code', { className: 'quoted' }, part) : part));
  }

  function formatLocation(file, line, column) {
    if (line === null || line === undefined) return file;
    return file + ':' + line + (column ? ':' + column : '');
  }

  function severityBadge(severity) {
    return el(
      'span',
      { className: 'sev sev-' + severity },
      el('span', { className: 'sev-icon', 'aria-hidden': 'true' }, SEVERITY_ICON[severity]),
      ' ',
      SEVERITY_LABEL[severity],
    );
  }

  function countsLabel(counts) {
    const parts = [];
    if (counts.errors) parts.push(el('span', { className: 'count-chip sev-error' }, formatCount(counts.errors) + ' E'));
    if (counts.warnings) parts.push(el('span', { className: 'count-chip sev-warning' }, formatCount(counts.warnings) + ' W'));
    if (counts.infos) parts.push(el('span', { className: 'count-chip sev-info' }, formatCount(counts.infos) + ' I'));
    if (parts.length === 0) parts.push(el('span', { className: 'count-chip clean' }, 'no findings'));
    return el('span', { className: 'counts' }, parts);
  }

  function countsText(counts) {
    const parts = [];
    if (counts.errors) parts.push(formatCount(counts.errors) + ' E');
    if (counts.warnings) parts.push(formatCount(counts.warnings) + ' W');
    if (counts.infos) parts.push(formatCount(counts.infos) + ' I');
    return parts.length ? parts.join(' \u00B7 ') : 'no findings';
  }

  // Marks what lies between the common prefix and suffix: enough to show a missing
  // `-de` suffix or a changed path at a glance, without a diff library.
  function differingRange(expected, actual) {
    const shortest = Math.min(expected.length, actual.length);
    let start = 0;
    while (start < shortest && expected[start] === actual[start]) start++;
    let tail = 0;
    while (tail < shortest - start && expected[expected.length - 1 - tail] === actual[actual.length - 1 - tail]) tail++;
    return { start, expectedEnd: expected.length - tail, actualEnd: actual.length - tail };
  }

  function markedCode(text, from, to, markClass) {
    if (text === '') return el('span', { className: 'empty-value' }, '(empty)');
    const code = el('code', { className: 'value' });
    code.append(text.slice(0, from));
    if (to > from) code.append(el('mark', { className: markClass }, text.slice(from, to)));
    code.append(text.slice(to));
    return code;
  }

  function expectedActual(expected, actual) {
    const list = el('dl', { className: 'expect' });
    if (expected !== null && actual !== null) {
      const range = differingRange(expected, actual);
      list.append(
        el('dt', null, 'expected'),
        el('dd', null, markedCode(expected, range.start, range.expectedEnd, 'mark-expected')),
        el('dt', null, 'actual'),
        el('dd', null, markedCode(actual, range.start, range.actualEnd, 'mark-actual')),
      );
    } else if (expected !== null) {
      list.append(el('dt', null, 'expected'), el('dd', null, markedCode(expected, 0, 0, '')));
    } else if (actual !== null) {
      list.append(el('dt', null, 'actual'), el('dd', null, markedCode(actual, 0, 0, '')));
    }
    return list;
  }

  function relatedList(finding) {
    if (!finding.related.length) return el('span', { className: 'muted' }, '\u2014');
    return el(
      'ul',
      { className: 'related' },
      finding.related.map((related) =>
        el(
          'li',
          null,
          el('code', { className: 'location' }, pathNodes(formatLocation(related.file, related.line, related.column))),
          related.message ? el('span', { className: 'related-message' }, related.message) : null,
        ),
      ),
    );
  }

  // ---------------------------------------------------------------------------
  // Views and routing. The hash holds the view and its filters (`#findings?locale=de-DE`),
  // so views are linkable and the back button works.

  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  const panels = {
    overview: document.getElementById('view-overview'),
    status: document.getElementById('view-status'),
    findings: document.getElementById('view-findings'),
    pair: document.getElementById('view-pair'),
  };
  const lastQuery = { overview: '', status: '', findings: '', pair: '' };
  let currentView = 'overview';
  let routedHash = null;

  function parseHash() {
    const raw = location.hash.slice(1);
    const queryAt = raw.indexOf('?');
    const view = queryAt < 0 ? raw : raw.slice(0, queryAt);
    const query = queryAt < 0 ? '' : raw.slice(queryAt + 1);
    if (view === '') return { view: 'overview', query: '' };
    // Anything else (the skip link's `#main`) is not a view change.
    if (!VIEWS.includes(view)) return null;
    return { view, query };
  }

  function showView(view) {
    for (const tab of tabs) {
      const selected = tab.dataset.view === view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== view;
    currentView = view;
  }

  function route() {
    // Links change the hash (hashchange), the tabs and the back button change history
    // (popstate): both may arrive for one change, and a view is rendered once.
    if (location.hash === routedHash) return;
    routedHash = location.hash;
    const target = parseHash();
    if (!target) return;
    const viewChanged = target.view !== currentView;
    lastQuery[target.view] = target.query;
    showView(target.view);
    const params = new URLSearchParams(target.query);
    if (target.view === 'status') statusView.show(params);
    else if (target.view === 'findings') findingsView.show(params);
    else if (target.view === 'pair') pairView.show(params);
    // A link inside the old view is now hidden: move focus to the new view, not to <body>.
    const focusedTab = tabs.includes(document.activeElement);
    if (viewChanged && !focusedTab) panels[target.view].focus({ preventScroll: true });
  }

  // Synchronous, unlike assigning location.hash: a keyboard user pressing arrow keys
  // quickly never lands in a view that has not been shown yet.
  function navigate(hash) {
    if (location.hash === hash) return;
    try {
      history.pushState(null, '', hash);
    } catch {
      location.hash = hash;
      return;
    }
    route();
  }

  // Filter changes replace the history entry instead of adding one per keystroke.
  function replaceQuery(view, params) {
    const hash = hashFor(view, params);
    lastQuery[view] = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
    try {
      history.replaceState(null, '', hash);
      routedHash = location.hash;
    } catch {
      // Some browsers refuse history changes on file:// pages; the view still works.
    }
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      const view = tab.dataset.view;
      navigate('#' + view + (lastQuery[view] ? '?' + lastQuery[view] : ''));
    });
  }

  document.querySelector('[role="tablist"]').addEventListener('keydown', (event) => {
    const index = tabs.indexOf(document.activeElement);
    if (index < 0) return;
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    tabs[next].focus();
    tabs[next].click();
  });

  for (const panel of Object.values(panels)) panel.tabIndex = -1;

  // ---------------------------------------------------------------------------
  // Findings by locale: filterable, sortable, grouped by file, rendered in pages.

  const findingsView = (() => {
    const filters = { locale: '', set: '', rule: '', severity: '', q: '', sort: 'line', dir: 'asc' };
    const FILTER_DEFAULTS = { locale: '', set: '', rule: '', severity: '', q: '', sort: 'line', dir: 'asc' };
    const SORTS = {
      line: { label: 'Location', compare: (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) },
      severity: { label: 'Severity', compare: (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] },
      rule: { label: 'Rule', compare: (a, b) => byText(a.ruleId, b.ruleId) },
      message: { label: 'Finding', compare: (a, b) => byText(a.message, b.message) },
    };
    const COLUMNS = [
      { label: 'Severity', sort: 'severity' },
      { label: 'Location', sort: 'line' },
      { label: 'Rule', sort: 'rule' },
      { label: 'Finding', sort: 'message' },
      { label: 'Canonical', sort: null },
    ];

    const root = panels.findings;
    let built = false;
    let controls = null;
    let filtered = [];
    let groupStats = new Map();
    let renderedCount = 0;
    let openGroupKey = null;
    let openGroupBody = null;
    let searchTimer = 0;

    const localeCounts = new Map();
    for (const finding of data.findings) {
      const counts = localeCounts.get(finding.locale) || { errors: 0, warnings: 0, infos: 0 };
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
      else counts.infos++;
      localeCounts.set(finding.locale, counts);
    }

    function haystack(finding) {
      if (finding.haystack === undefined) {
        const parts = [finding.message, finding.file, finding.ruleId, finding.set, finding.locale];
        if (finding.expected !== null) parts.push(finding.expected);
        if (finding.actual !== null) parts.push(finding.actual);
        for (const related of finding.related) parts.push(related.file, related.message || '');
        finding.haystack = parts.join('\n').toLowerCase();
      }
      return finding.haystack;
    }

    function labelled(text, control) {
      return el('label', { className: 'field' }, el('span', { className: 'field-label' }, text), control);
    }

    function option(value, text) {
      const node = el('option', { value }, text);
      return node;
    }

    function build() {
      const localePicker = el('div', { className: 'locale-picker', role: 'group', 'aria-label': 'Locale' });
      const allCounts = { errors: data.summary.errors, warnings: data.summary.warnings, infos: data.summary.infos };
      const localeButtons = [['', 'All locales', allCounts]].concat(
        data.locales.map((locale) => [locale, locale, localeCounts.get(locale) || { errors: 0, warnings: 0, infos: 0 }]),
      ).map(([value, text, counts]) => {
        const button = el(
          'button',
          { type: 'button', className: 'locale-button', 'aria-pressed': 'false', 'data-locale': value },
          el('span', { className: 'locale-name' }, text),
          countsLabel(counts),
        );
        button.addEventListener('click', () => setFilter('locale', value));
        localePicker.append(button);
        return button;
      });

      const search = el('input', {
        type: 'search',
        id: 'finding-search',
        placeholder: 'Message, file, rule, target\u2026',
        autocomplete: 'off',
        spellcheck: 'false',
      });
      search.addEventListener('input', () => {
        clearTimeout(searchTimer);
        searchTimer = setTimeout(() => setFilter('q', search.value), SEARCH_DELAY_MS);
      });

      const severity = el(
        'select',
        { id: 'finding-severity' },
        option('', 'All severities'),
        option('error', 'Errors'),
        option('warning', 'Warnings'),
        option('info', 'Info'),
      );
      severity.addEventListener('change', () => setFilter('severity', severity.value));

      const rule = el('select', { id: 'finding-rule' });
      rule.addEventListener('change', () => setFilter('rule', rule.value));

      const set = el('select', { id: 'finding-set' }, option('', 'All content sets'), data.sets.map((name) => option(name, name)));
      set.addEventListener('change', () => setFilter('set', set.value));

      const sort = el(
        'select',
        { id: 'finding-sort' },
        Object.entries(SORTS).map(([value, { label }]) => option(value, label)),
      );
      sort.addEventListener('change', () => {
        filters.sort = sort.value;
        filters.dir = 'asc';
        commit();
      });

      const reset = el('button', { type: 'button', className: 'secondary' }, 'Clear filters');
      reset.addEventListener('click', () => {
        Object.assign(filters, FILTER_DEFAULTS, { locale: filters.locale });
        search.value = '';
        commit();
      });

      const toolbar = el(
        'div',
        { className: 'toolbar', role: 'search', 'aria-label': 'Filter findings' },
        labelled('Search', search),
        labelled('Severity', severity),
        labelled('Rule', rule),
        labelled('Content set', set),
        labelled('Sort by', sort),
        reset,
      );

      const status = el('p', { className: 'result-count', 'aria-live': 'polite', id: 'finding-count' });
      const groups = el('div', { className: 'finding-groups', id: 'finding-groups' });
      const more = el('button', { type: 'button', className: 'more', id: 'finding-more' });
      more.addEventListener('click', () => renderNextPage(true));

      root.append(localePicker, toolbar, status, groups, more);
      controls = { localeButtons, search, severity, rule, set, sort, status, groups, more };

      document.addEventListener('keydown', (event) => {
        const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
        if (event.key === '/' && !typing && currentView === 'findings') {
          event.preventDefault();
          search.focus();
        }
      });
      built = true;
    }

    // The rule list counts findings in the chosen locale, so a translator sees which
    // rules matter for them.
    function fillRuleOptions() {
      const counts = new Map();
      for (const finding of data.findings) {
        if (filters.locale && finding.locale !== filters.locale) continue;
        counts.set(finding.ruleId, (counts.get(finding.ruleId) || 0) + 1);
      }
      if (filters.rule && !counts.has(filters.rule)) counts.set(filters.rule, 0);
      clear(controls.rule);
      controls.rule.append(option('', 'All rules'));
      for (const [rule, count] of [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))) {
        controls.rule.append(option(rule, rule + ' (' + formatCount(count) + ')'));
      }
    }

    function syncControls() {
      for (const button of controls.localeButtons) {
        button.setAttribute('aria-pressed', String(button.dataset.locale === filters.locale));
      }
      fillRuleOptions();
      if (controls.search.value !== filters.q) controls.search.value = filters.q;
      controls.severity.value = filters.severity;
      controls.rule.value = filters.rule;
      controls.set.value = filters.set;
      controls.sort.value = filters.sort;
    }

    function setFilter(name, value) {
      if (filters[name] === value) return;
      filters[name] = value;
      commit();
    }

    function commit() {
      const params = {};
      for (const [name, value] of Object.entries(filters)) if (value !== FILTER_DEFAULTS[name]) params[name] = value;
      replaceQuery('findings', params);
      syncControls();
      refresh();
    }

    function groupKey(finding) {
      return finding.locale + '\u0000' + finding.set + '\u0000' + finding.file;
    }

    function refresh() {
      const terms = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
      groupStats = new Map();
      filtered = data.findings.filter((finding) => {
        if (filters.locale && finding.locale !== filters.locale) return false;
        if (filters.set && finding.set !== filters.set) return false;
        if (filters.rule && finding.ruleId !== filters.rule) return false;
        if (filters.severity && finding.severity !== filters.severity) return false;
        if (terms.length) {
          const text = haystack(finding);
          if (!terms.every((term) => text.includes(term))) return false;
        }
        return true;
      });
      for (const finding of filtered) {
        const key = groupKey(finding);
        const stats = groupStats.get(key) || { errors: 0, warnings: 0, infos: 0, total: 0 };
        if (finding.severity === 'error') stats.errors++;
        else if (finding.severity === 'warning') stats.warnings++;
        else stats.infos++;
        stats.total++;
        groupStats.set(key, stats);
      }
      const keyCompare = SORTS[filters.sort].compare;
      const direction = filters.dir === 'desc' ? -1 : 1;
      // Groups (files) stay together; sorting by severity also puts the worst files first.
      const groupCompare =
        filters.sort === 'severity'
          ? (a, b) => {
              const statsA = groupStats.get(groupKey(a));
              const statsB = groupStats.get(groupKey(b));
              return direction * (statsB.errors - statsA.errors || statsB.warnings - statsA.warnings);
            }
          : () => 0;
      filtered.sort(
        (a, b) =>
          groupCompare(a, b) ||
          byText(a.locale, b.locale) ||
          byText(a.set, b.set) ||
          byText(a.file, b.file) ||
          direction * keyCompare(a, b) ||
          a.index - b.index,
      );
      clear(controls.groups);
      renderedCount = 0;
      openGroupKey = null;
      openGroupBody = null;
      if (filtered.length === 0) {
        controls.groups.append(
          el('p', { className: 'empty' }, data.findings.length ? 'No findings match these filters.' : 'No findings: every locale matches its canonical.'),
        );
      }
      renderNextPage(false);
    }

    function sortHeader(column) {
      if (!column.sort) return el('th', { scope: 'col' }, column.label);
      const active = filters.sort === column.sort;
      const th = el('th', {
        scope: 'col',
        'aria-sort': active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : null,
      });
      const button = el(
        'button',
        { type: 'button', className: 'sort-button' + (active ? ' active' : '') },
        column.label,
        el('span', { className: 'sort-arrow', 'aria-hidden': 'true' }, active ? (filters.dir === 'asc' ? ' \u2191' : ' \u2193') : ''),
      );
      button.addEventListener('click', () => {
        if (filters.sort === column.sort) filters.dir = filters.dir === 'asc' ? 'desc' : 'asc';
        else {
          filters.sort = column.sort;
          filters.dir = 'asc';
        }
        commit();
      });
      th.append(button);
      return th;
    }

    function openGroup(finding) {
      const stats = groupStats.get(groupKey(finding));
      const pairLink =
        finding.pair >= 0
          ? el('a', { className: 'pair-link', href: hashFor('pair', { id: finding.pair }) }, 'Side by side \u2192')
          : null;
      const title = el(
        'h3',
        { className: 'file-heading' },
        el('span', { className: 'chip locale-chip' }, finding.locale),
        el('span', { className: 'chip set-chip' }, finding.set),
        el('code', { className: 'file-name' }, pathNodes(finding.file)),
        el('span', { className: 'group-total' }, countsText(stats)),
      );
      const body = el('tbody');
      const table = el(
        'table',
        { className: 'findings-table stack' },
        el('caption', { className: 'visually-hidden' }, 'Findings in ' + finding.file),
        el('thead', null, el('tr', null, COLUMNS.map(sortHeader))),
        body,
      );
      controls.groups.append(el('section', { className: 'file-group card' }, el('div', { className: 'file-group-head' }, title, pairLink), table));
      openGroupKey = groupKey(finding);
      openGroupBody = body;
    }

    function locationCell(finding) {
      const text = formatLocation(finding.file, finding.line, finding.column);
      const code = el('code', { className: 'location' }, pathNodes(text));
      if (finding.pair < 0) return code;
      return el(
        'a',
        { href: hashFor('pair', { id: finding.pair, finding: finding.index }), title: 'Open side by side at this finding' },
        code,
      );
    }

    function findingRow(finding) {
      return el(
        'tr',
        { className: 'finding sev-row-' + finding.severity, 'data-finding': finding.index },
        el('td', { 'data-label': 'Severity' }, severityBadge(finding.severity)),
        el('td', { 'data-label': 'Location', className: 'location-cell' }, locationCell(finding)),
        el('td', { 'data-label': 'Rule' }, el('code', { className: 'rule' }, finding.ruleId)),
        el(
          'td',
          { 'data-label': 'Finding', className: 'message-cell' },
          el('p', { className: 'message' }, messageNodes(finding.message)),
          blockContext(finding),
          finding.expected !== null || finding.actual !== null ? expectedActual(finding.expected, finding.actual) : null,
          finding.fixable ? el('span', { className: 'fixable' }, 'fixable with --fix') : null,
        ),
        el('td', { 'data-label': 'Canonical' }, relatedList(finding)),
      );
    }

    function renderNextPage(moveFocus) {
      const end = Math.min(renderedCount + PAGE_SIZE, filtered.length);
      let firstNewRow = null;
      for (let i = renderedCount; i < end; i++) {
        const finding = filtered[i];
        if (groupKey(finding) !== openGroupKey) openGroup(finding);
        const row = findingRow(finding);
        if (!firstNewRow) firstNewRow = row;
        openGroupBody.append(row);
      }
      renderedCount = end;
      const remaining = filtered.length - renderedCount;
      controls.more.hidden = remaining <= 0;
      controls.more.textContent = 'Show ' + formatCount(Math.min(PAGE_SIZE, remaining)) + ' more (' + formatCount(remaining) + ' not shown)';
      const scope = filters.locale ? ' in ' + filters.locale : ' in all locales';
      controls.status.textContent =
        'Showing ' + formatCount(renderedCount) + ' of ' + formatCount(filtered.length) + ' findings' + scope + ', ' +
        formatCount(groupStats.size) + (groupStats.size === 1 ? ' file' : ' files');
      // Keyboard users who asked for more land on the first new row, not back at the top.
      if (moveFocus && firstNewRow) {
        firstNewRow.tabIndex = -1;
        firstNewRow.focus();
      }
    }

    function show(params) {
      if (!built) build();
      for (const name of Object.keys(filters)) filters[name] = params.get(name) ?? FILTER_DEFAULTS[name];
      if (!SORTS[filters.sort]) filters.sort = 'line';
      if (filters.dir !== 'desc') filters.dir = 'asc';
      syncControls();
      refresh();
    }

    return { show, currentLocale: () => filters.locale };
  })();

  // ---------------------------------------------------------------------------
  // Side by side: one file pair, canonical and locale outlines aligned row by row.

  const pairView = (() => {
    const root = panels.pair;
    let built = false;
    let controls = null;
    let currentPair = -1;
    let rowsByFinding = new Map();
    let findingsByPair = null;

    // Which outline section a rule's findings belong to first, when a line matches more
    // than one element (a link inside a heading, a change-log row inside a table).
    const SECTION_PREFERENCE = {
      'heading-structure': ['headings'],
      'label-prefix': ['headings', 'links'],
      'link-structure': ['links'],
      'link-target': ['links'],
      'link-broken': ['links'],
      'refresh-table': ['refreshRows', 'tables'],
      'table-structure': ['tables', 'refreshRows'],
      // Findings about a block's text are not about a link or heading that shares its line:
      // they are listed with the block's text, not on a row labelled "differs".
      untranslated: [],
      'invisible-chars': [],
      'preserved-tokens': [],
    };
    const ALL_SECTIONS = ['headings', 'links', 'tables', 'refreshRows'];

    const SECTIONS = [
      { key: 'headings', title: 'Headings', element: headingCell, compare: compareHeadings },
      { key: 'links', title: 'Links', element: linkCell, compare: compareLinks },
      { key: 'tables', title: 'Tables', element: tableCell, compare: compareTables },
      { key: 'refreshRows', title: 'Change log', element: refreshCell, compare: compareRefreshRows },
    ];

    function labelChip(label, differs) {
      if (label === null) {
        return differs ? el('span', { className: 'label-chip none diff' }, 'no label') : null;
      }
      return el('span', { className: 'label-chip' + (differs ? ' diff' : '') }, label.trim());
    }

    function textWithoutLabel(text, label) {
      return label !== null && text.startsWith(label) ? text.slice(label.length) : text;
    }

    function headingCell(heading, diffs) {
      return el(
        'div',
        { className: 'element heading-element depth-' + Math.min(heading.depth, 6) },
        el('span', { className: 'depth-badge' + (diffs.has('depth') ? ' diff' : ''), title: 'Heading level ' + heading.depth }, 'H' + heading.depth),
        labelChip(heading.label, diffs.has('label')),
        el('span', { className: 'element-text' }, textWithoutLabel(heading.text, heading.label)),
      );
    }

    function linkCell(link, diffs, side) {
      return el(
        'div',
        { className: 'element link-element' },
        el(
          'div',
          { className: 'link-text' },
          link.kind !== 'link' ? el('span', { className: 'kind-badge' + (diffs.has('kind') ? ' diff' : '') }, link.kind) : null,
          labelChip(link.label, diffs.has('label')),
          el('span', { className: 'element-text' }, textWithoutLabel(link.text, link.label) || '(no text)'),
        ),
        el(
          'div',
          { className: 'link-target' },
          el('span', { className: 'arrow', 'aria-hidden': 'true' }, '\u2192 '),
          // The canonical target is the reference; only the locale's is wrong.
          el('code', { className: 'target' + (side === 'locale' && diffs.has('target') ? ' diff' : '') }, link.target),
        ),
      );
    }

    function tableCell(table, diffs) {
      return el(
        'div',
        { className: 'element table-element' },
        el(
          'div',
          null,
          el('span', { className: 'shape' + (diffs.has('columns') ? ' diff' : '') }, table.columns + (table.columns === 1 ? ' column' : ' columns')),
          ' \u00D7 ',
          el('span', { className: 'shape' + (diffs.has('rows') ? ' diff' : '') }, table.rows + (table.rows === 1 ? ' row' : ' rows')),
        ),
        el('ul', { className: 'table-header' }, table.header.map((cell) => el('li', null, cell || '\u00A0'))),
      );
    }

    function refreshCell(row, diffs) {
      return el(
        'div',
        { className: 'element refresh-element' },
        el('span', { className: 'refresh-date' + (diffs.has('date') ? ' diff' : '') }, row.dateRaw || '(no date)'),
        el('span', { className: 'refresh-author' + (diffs.has('author') ? ' diff' : '') }, row.author || '(no author)'),
        el('span', { className: 'refresh-description' }, row.description),
      );
    }

    // Only language-neutral facts are compared here (depth, labels, shapes, dates,
    // authors); translated text never is. Whether a link target is right depends on the
    // locale's suffix convention, which the linter knows: its findings mark those rows.
    function compareHeadings(c, l, diffs) {
      if (c.depth !== l.depth) diffs.add('depth');
      if (c.label !== l.label) diffs.add('label');
    }
    function compareLinks(c, l, diffs) {
      if (c.label !== l.label) diffs.add('label');
      if (c.kind !== l.kind) diffs.add('kind');
    }
    function compareTables(c, l, diffs) {
      if (c.columns !== l.columns) diffs.add('columns');
      if (c.rows !== l.rows) diffs.add('rows');
    }
    function compareRefreshRows(c, l, diffs) {
      if ((c.date ?? c.dateRaw) !== (l.date ?? l.dateRaw)) diffs.add('date');
      if (c.author.trim() !== l.author.trim()) diffs.add('author');
    }

    function findingsForPair(id) {
      if (!findingsByPair) {
        findingsByPair = new Map();
        for (const finding of data.findings) {
          if (finding.pair < 0) continue;
          const list = findingsByPair.get(finding.pair) || [];
          list.push(finding);
          findingsByPair.set(finding.pair, list);
        }
      }
      return findingsByPair.get(id) || [];
    }

    // A pair with no alignment (a side missing or unparsable) still shows the side it has,
    // every element as a gap: for a missing file that is the structure to translate.
    function indexPairs(pair, canonical, localeOutline, key) {
      if (pair.alignment) return pair.alignment[key];
      const pairs = [];
      if (canonical) canonical[key].forEach((_, i) => pairs.push([i, null]));
      if (localeOutline) localeOutline[key].forEach((_, i) => pairs.push([null, i]));
      return pairs;
    }

    function buildRows(section, pair, canonical, localeOutline) {
      return indexPairs(pair, canonical, localeOutline, section.key).map(([ci, li]) => {
        const c = ci !== null && canonical ? canonical[section.key][ci] : null;
        const l = li !== null && localeOutline ? localeOutline[section.key][li] : null;
        const diffs = new Set();
        if (c && l) section.compare(c, l, diffs);
        return { section: section.key, c, l, diffs, findings: [] };
      });
    }

    const covers = (element, line) => element !== null && element.line <= line && line <= Math.max(element.endLine, element.line);

    function relatedLines(finding, canonicalFile) {
      return finding.related
        .filter((related) => related.line && (!related.file || !canonicalFile || related.file === canonicalFile))
        .map((related) => related.line);
    }

    function attachFindings(findings, rowsBySection, canonicalFile) {
      const unattached = [];
      for (const finding of findings) {
        const preferred = SECTION_PREFERENCE[finding.ruleId] || ALL_SECTIONS;
        const canonicalLines = relatedLines(finding, canonicalFile);
        const candidates = preferred.flatMap((key) => rowsBySection[key]);
        // A missing element is reported somewhere in the locale file but refers to the
        // canonical element: the gap row is where it belongs.
        const row =
          candidates.find((r) => !r.l && canonicalLines.some((line) => covers(r.c, line))) ||
          (finding.line !== null ? candidates.find((r) => covers(r.l, finding.line)) : undefined) ||
          candidates.find((r) => canonicalLines.some((line) => covers(r.c, line)));
        if (row) {
          row.findings.push(finding);
          if (finding.ruleId === 'link-target' || (row.section === 'links' && finding.expected !== null)) row.diffs.add('target');
        } else unattached.push(finding);
      }
      return unattached;
    }

    function compactFinding(finding) {
      return el(
        'li',
        { className: 'pair-finding sev-row-' + finding.severity, 'data-finding': finding.index, tabindex: '-1' },
        el('div', { className: 'pair-finding-head' }, severityBadge(finding.severity), ' ', el('code', { className: 'rule' }, finding.ruleId),
          finding.line !== null ? el('span', { className: 'muted' }, ' line ' + finding.line) : null),
        el('p', { className: 'message' }, messageNodes(finding.message)),
        blockContext(finding),
        finding.expected !== null || finding.actual !== null ? expectedActual(finding.expected, finding.actual) : null,
      );
    }

    function gapCell(text, label) {
      return el('td', { className: 'gap', 'data-label': label }, el('span', { className: 'gap-text' }, text));
    }

    function rowStatus(row) {
      if (row.c && !row.l) return 'missing';
      if (!row.c && row.l) return 'extra';
      if (row.diffs.size || row.findings.length) return 'diff';
      return 'ok';
    }

    const STATUS_TEXT = { missing: 'missing in locale', extra: 'only in locale', diff: 'differs', ok: 'matches' };

    function sectionTable(section, rows, pair) {
      const counts = { missing: 0, extra: 0, diff: 0, ok: 0 };
      const body = el('tbody');
      rows.forEach((row) => {
        const status = rowStatus(row);
        counts[status]++;
        const tr = el(
          'tr',
          { className: 'row-' + status, tabindex: '-1', 'data-canonical-line': row.c ? row.c.line : null, 'data-locale-line': row.l ? row.l.line : null },
          el('th', { scope: 'row', className: 'line', 'data-label': 'Canonical line' }, row.c ? String(row.c.line) : '\u2014'),
          row.c ? el('td', { className: 'side canonical-side', 'data-label': pair.canonicalName }, section.element(row.c, row.diffs, 'canonical')) : gapCell('not in canonical', pair.canonicalName),
          el('td', { className: 'status', 'data-label': 'Status' }, el('span', { className: 'status-badge status-' + status }, STATUS_TEXT[status])),
          row.l ? el('td', { className: 'side locale-side', 'data-label': pair.locale }, section.element(row.l, row.diffs, 'locale')) : gapCell('\u2014', pair.locale),
          el('td', { className: 'line', 'data-label': 'Locale line' }, row.l ? String(row.l.line) : '\u2014'),
          el(
            'td',
            { className: 'row-findings', 'data-label': 'Findings' },
            row.findings.length ? el('ul', { className: 'pair-findings' }, row.findings.map(compactFinding)) : null,
          ),
        );
        for (const finding of row.findings) rowsByFinding.set(finding.index, tr);
        body.append(tr);
      });
      const summaryParts = [rows.filter((r) => r.c).length + ' canonical', rows.filter((r) => r.l).length + ' locale'];
      if (counts.missing) summaryParts.push(counts.missing + ' missing');
      if (counts.extra) summaryParts.push(counts.extra + ' extra');
      if (counts.diff) summaryParts.push(counts.diff + ' differ');
      const headingId = 'pair-section-' + section.key;
      return el(
        'section',
        { className: 'card pair-section', 'aria-labelledby': headingId, 'data-section': section.key },
        el('h4', { id: headingId }, section.title, ' ', el('span', { className: 'section-summary' }, summaryParts.join(' \u00B7 '))),
        rows.length === 0
          ? el('p', { className: 'empty' }, 'None on either side.')
          : el(
              'div',
              { className: 'table-scroll' },
              el(
                'table',
                { className: 'side-by-side stack' },
                el('caption', { className: 'visually-hidden' }, section.title + ': ' + pair.canonicalName + ' and ' + pair.locale + ', aligned by structure'),
                el(
                  'thead',
                  null,
                  el(
                    'tr',
                    null,
                    el('th', { scope: 'col', className: 'line' }, 'Line'),
                    el('th', { scope: 'col' }, 'Canonical (' + pair.canonicalName + ')'),
                    el('th', { scope: 'col', className: 'status' }, el('span', { className: 'visually-hidden' }, 'Status')),
                    el('th', { scope: 'col' }, pair.locale),
                    el('th', { scope: 'col', className: 'line' }, 'Line'),
                    el('th', { scope: 'col' }, 'Findings'),
                  ),
                ),
                body,
              ),
            ),
      );
    }

    function pairLabel(pair) {
      return (pair.localeFile || (pair.canonicalFile || '?') + ' (missing)') + ' \u2014 ' + countsText(pair.counts);
    }

    function build() {
      const select = el('select', { id: 'pair-select' });
      let group = null;
      let groupName = '';
      data.pairs.forEach((pair, index) => {
        const name = pair.set + ' \u00B7 ' + pair.locale;
        if (name !== groupName) {
          group = el('optgroup', { label: name });
          select.append(group);
          groupName = name;
        }
        group.append(el('option', { value: String(index) }, pairLabel(pair)));
      });
      select.addEventListener('change', () => navigate(hashFor('pair', { id: select.value })));

      const hasFindings = (pair) => pair.counts.errors + pair.counts.warnings + pair.counts.infos > 0;
      const step = (direction) => {
        for (let i = currentPair + direction; i >= 0 && i < data.pairs.length; i += direction) {
          if (hasFindings(data.pairs[i])) return navigate(hashFor('pair', { id: i }));
        }
      };
      const previous = el('button', { type: 'button', className: 'secondary' }, '\u2190 Previous with findings');
      previous.addEventListener('click', () => step(-1));
      const next = el('button', { type: 'button', className: 'secondary' }, 'Next with findings \u2192');
      next.addEventListener('click', () => step(1));

      const onlyDiffs = el('input', { type: 'checkbox', id: 'only-diffs' });
      onlyDiffs.addEventListener('change', () => content.classList.toggle('only-diffs', onlyDiffs.checked));
      const back = el('a', { className: 'back-link', href: '#findings' }, '\u2190 Findings');

      const content = el('div', { className: 'pair-content', id: 'pair-content' });
      root.append(
        el(
          'div',
          { className: 'toolbar pair-toolbar' },
          back,
          el('label', { className: 'field grow' }, el('span', { className: 'field-label' }, 'File pair'), select),
          el('div', { className: 'button-row' }, previous, next),
          el('label', { className: 'check' }, onlyDiffs, ' Only rows with differences'),
        ),
        content,
      );
      controls = { select, previous, next, content, back, hasFindings };
      built = true;
    }

    function defaultPair() {
      const locale = findingsView.currentLocale();
      const inLocale = (pair) => !locale || pair.locale === locale;
      let index = data.pairs.findIndex((pair) => inLocale(pair) && controls.hasFindings(pair));
      if (index < 0) index = data.pairs.findIndex(inLocale);
      return index < 0 ? (data.pairs.length ? 0 : -1) : index;
    }

    function renderPair(id) {
      const { content } = controls;
      clear(content);
      rowsByFinding = new Map();
      currentPair = id;
      if (id < 0) {
        content.append(el('p', { className: 'empty' }, 'This report has no file pairs to compare.'));
        return;
      }
      const pair = data.pairs[id];
      const canonical = pair.canonicalOutline >= 0 ? data.outlines[pair.canonicalOutline] : null;
      const localeOutline = pair.localeOutline >= 0 ? data.outlines[pair.localeOutline] : null;
      const rowsBySection = {};
      for (const section of SECTIONS) rowsBySection[section.key] = buildRows(section, pair, canonical, localeOutline);
      const unattached = attachFindings(findingsForPair(id), rowsBySection, pair.canonicalFile);

      const sideNote = !localeOutline
        ? el('p', { className: 'notice' }, pair.localeFile ? 'The locale file could not be read or parsed; the canonical structure is shown.' : 'The locale file is missing; the canonical structure below is what it should contain.')
        : !canonical
          ? el('p', { className: 'notice' }, 'There is no canonical outline for this file; only the locale side is shown.')
          : null;

      content.append(
        el(
          'header',
          { className: 'pair-header card' },
          el('h3', null, el('code', { className: 'file-name' }, pathNodes(pair.localeFile || '(missing file)'))),
          el(
            'dl',
            { className: 'pair-meta' },
            el('div', null, el('dt', null, 'Content set'), el('dd', null, pair.set)),
            el('div', null, el('dt', null, 'Locale'), el('dd', null, pair.locale)),
            el('div', null, el('dt', null, 'Canonical'), el('dd', null, pair.canonicalName, ' ', pair.canonicalFile ? el('code', { className: 'file-name' }, pathNodes(pair.canonicalFile)) : null)),
            el('div', null, el('dt', null, 'Findings'), el('dd', null, countsLabel(pair.counts))),
          ),
          sideNote,
        ),
      );
      if (unattached.length) {
        content.append(
          el(
            'section',
            { className: 'card pair-section unattached', 'aria-labelledby': 'pair-unattached' },
            el('h4', { id: 'pair-unattached' }, 'Findings about the file or the text of its blocks'),
            el('ul', { className: 'pair-findings' }, unattached.map((finding) => {
              const item = compactFinding(finding);
              rowsByFinding.set(finding.index, item);
              return item;
            })),
          ),
        );
      }
      for (const section of SECTIONS) content.append(sectionTable(section, rowsBySection[section.key], pair));
    }

    function show(params) {
      if (!built) build();
      let id = Number.parseInt(params.get('id') ?? '', 10);
      if (!(id >= 0 && id < data.pairs.length)) id = defaultPair();
      if (id !== currentPair) renderPair(id);
      if (id >= 0) controls.select.value = String(id);
      controls.previous.disabled = !data.pairs.slice(0, Math.max(id, 0)).some(controls.hasFindings);
      controls.next.disabled = !data.pairs.slice(id + 1).some(controls.hasFindings);
      controls.back.setAttribute('href', '#findings' + (lastQuery.findings ? '?' + lastQuery.findings : ''));

      for (const old of controls.content.querySelectorAll('.flash')) old.classList.remove('flash');
      const findingIndex = params.get('finding');
      const target = findingIndex !== null ? rowsByFinding.get(Number(findingIndex)) : undefined;
      if (target) {
        target.classList.add('flash');
        target.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      } else {
        window.scrollTo(0, 0);
      }
    }

    return { show };
  })();

  // ---------------------------------------------------------------------------
  // Status view: rendered on the server; here only filtered (locale, status, kept in the
  // hash like the findings' filters) and sorted by a column.

  const statusView = (() => {
    const view = panels.status;
    const localeSelect = view.querySelector('#status-locale');
    const stateSelect = view.querySelector('#status-state');
    const count = view.querySelector('#status-count');
    const table = view.querySelector('table.status-pages');
    const STATE_ORDER = { missing: 0, stale: 1, translated: 2, 'up-to-date': 3, '': 4 };
    let sortKey = 'page';
    let ascending = true;

    function apply() {
      if (!table) return;
      const locale = localeSelect.value;
      const state = stateSelect.value;
      for (const cell of table.querySelectorAll('[data-locale]')) cell.hidden = locale !== '' && cell.dataset.locale !== locale;
      let shown = 0;
      for (const row of table.tBodies[0].rows) {
        const cells = Array.from(row.querySelectorAll('td[data-locale]')).filter((cell) => !cell.hidden);
        const visible = state === '' || cells.some((cell) => cell.dataset.state === state);
        row.hidden = !visible;
        if (visible) shown++;
      }
      count.textContent = shown + (shown === 1 ? ' page' : ' pages');
    }

    function sortValue(row) {
      if (sortKey === 'page') return row.dataset.page;
      if (sortKey === 'words') return Number(row.dataset.words);
      const cell = row.querySelector('td[data-locale="' + CSS.escape(sortKey.slice('locale:'.length)) + '"]');
      // Most work first: missing, then stale (most words behind first), then the rest.
      return cell ? STATE_ORDER[cell.dataset.state] * 1e9 - Number(cell.dataset.behind || 0) : 5e9;
    }

    function sort(key) {
      ascending = key === sortKey ? !ascending : true;
      sortKey = key;
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = sortValue(a);
        const y = sortValue(b);
        const order = x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      for (const row of rows) body.append(row);
      for (const button of table.querySelectorAll('button.sort')) {
        const th = button.closest('th');
        if (button.dataset.sort === sortKey) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      }
    }

    function update() {
      const params = new URLSearchParams();
      if (localeSelect.value) params.set('locale', localeSelect.value);
      if (stateSelect.value) params.set('status', stateSelect.value);
      replaceQuery('status', params);
      apply();
    }

    if (table) {
      localeSelect.addEventListener('change', update);
      stateSelect.addEventListener('change', update);
      for (const button of table.querySelectorAll('button.sort')) button.addEventListener('click', () => sort(button.dataset.sort));
    }

    function show(params) {
      if (!table) return;
      const locale = params.get('locale') || '';
      const state = params.get('status') || '';
      localeSelect.value = Array.from(localeSelect.options).some((o) => o.value === locale) ? locale : '';
      stateSelect.value = Array.from(stateSelect.options).some((o) => o.value === state) ? state : '';
      apply();
    }

    return { show };
  })();

  window.addEventListener('hashchange', route);
  window.addEventListener('popstate', route);
  route();
  document.documentElement.setAttribute('data-ready', 'true');
  performance.mark('report-ready');
})();
