// The dashboard of a veritrain node: a single page with hash routes that polls the node's JSON
// API (/api/market, /api/job/{id}, /api/node) every 2 seconds and redraws only what changed.
//
// Routes: #/ the market, #/job/ID a job, #/node this node.
//
// Degrading: a request that fails (network error, timeout, or an error JSON such as the 503 the
// node answers when the chain is unreachable) shows its error in the red banner (#banner), the
// last data stays on the page, and polling goes on; the banner hides at the next good poll.
//
// Every text that comes from the API goes into the DOM as text (textContent, createTextNode,
// setAttribute): the page never parses API strings as HTML.
'use strict';

(function () {
  const POLL_MS = 2000;
  const TIMEOUT_MS = 5000;
  const SVG_NS = 'http://www.w3.org/2000/svg'; // a namespace name, not a fetched address
  const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#4b5563'];

  const app = document.getElementById('app');
  const banner = document.getElementById('banner');
  const status = document.getElementById('status');

  // ---------------------------------------------------------------- DOM helpers

  function setAttrs(e, attrs) {
    if (!attrs) return;
    for (const k of Object.keys(attrs)) {
      const v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
  }

  function append(e, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(e, c);
      else if (c instanceof Node) e.appendChild(c);
      else e.appendChild(document.createTextNode(String(c)));
    }
  }

  // el makes an HTML element: strings among the children become text nodes.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }

  // sv makes an SVG element.
  function sv(tag, attrs, ...children) {
    const e = document.createElementNS(SVG_NS, tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }

  function table(id, headers, rows, empty) {
    if (!rows.length) return el('p', {class: 'muted', id: id ? id + '-empty' : null}, empty);
    return el('div', {class: 'table-wrap'},
      el('table', {id: id},
        el('thead', null, el('tr', null, headers.map((h) => el('th', null, h)))),
        el('tbody', null, rows)));
  }

  // ---------------------------------------------------------------- formatting

  function text(v) {
    return v === null || v === undefined || v === '' ? '—' : String(v);
  }

  function num(v) {
    return typeof v === 'number' && isFinite(v) ? v : 0;
  }

  // addr shows an address or a hash shortened, with the whole of it as a tooltip.
  function addr(v) {
    const s = text(v);
    if (/^0x[0-9a-fA-F]{16,}$/.test(s)) {
      return el('span', {class: 'mono addr', title: s}, s.slice(0, 6) + '…' + s.slice(-4));
    }
    return el('span', {class: 'mono'}, s);
  }

  function duration(sec) {
    if (typeof sec !== 'number' || !isFinite(sec)) return '—';
    if (sec < 60) return sec.toFixed(sec < 10 ? 1 : 0) + ' s';
    let s = Math.floor(sec);
    const d = Math.floor(s / 86400); s -= d * 86400;
    const h = Math.floor(s / 3600); s -= h * 3600;
    const m = Math.floor(s / 60); s -= m * 60;
    if (d) return d + 'd ' + h + 'h ' + m + 'm';
    if (h) return h + 'h ' + m + 'm';
    return m + 'm ' + s + 's';
  }

  function clock(d) {
    return d ? d.toLocaleTimeString([], {hour12: false}) : '—';
  }

  function lossText(v) {
    if (typeof v !== 'number' || !isFinite(v)) return '—';
    return Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(4);
  }

  function segmentsText(segs) {
    if (!segs || !segs.length) return '—';
    return segs.map((s) => (s.first === s.last ? String(s.first) : s.first + '–' + s.last)).join(', ');
  }

  function segmentSteps(segs) {
    let n = 0;
    for (const s of segs || []) n += Math.max(0, num(s.last) - num(s.first) + 1);
    return n;
  }

  function pct(a, b) {
    if (!b) return '—';
    const p = (100 * a) / b;
    return (p < 10 ? p.toFixed(1) : p.toFixed(0)) + '%';
  }

  // ---------------------------------------------------------------- API

  // get fetches a JSON route; it never throws. The result is {ok, status, data, raw} or
  // {ok: false, status, error} (status 0 when the node did not answer).
  async function get(url) {
    let res, body;
    try {
      res = await fetch(url, {cache: 'no-store', headers: {Accept: 'application/json'}, signal: AbortSignal.timeout(TIMEOUT_MS)});
      body = await res.text();
    } catch (err) {
      const why = err && err.name === 'TimeoutError' ? 'no answer in ' + TIMEOUT_MS / 1000 + ' s' : (err && err.message) || String(err);
      return {ok: false, status: 0, error: 'node unreachable: ' + why};
    }
    let data;
    try {
      data = JSON.parse(body);
    } catch (err) {
      data = undefined;
    }
    if (res.ok) {
      if (data === undefined || data === null || typeof data !== 'object') {
        return {ok: false, status: res.status, error: 'bad answer from ' + url + ': not a JSON object'};
      }
      return {ok: true, status: res.status, data: data, raw: body};
    }
    const msg = data && typeof data.error === 'string' && data.error ? data.error : (res.status + ' ' + res.statusText).trim();
    return {ok: false, status: res.status, error: msg};
  }

  // ---------------------------------------------------------------- routes

  function route() {
    const h = location.hash || '#/';
    if (h === '#' || h === '#/' || h === '#/market') return {name: 'market', key: 'market', api: '/api/market'};
    if (h === '#/node') return {name: 'node', key: 'node'};
    const m = /^#\/job\/([^/?#]*)\/?$/.exec(h);
    if (m) {
      let id = m[1];
      try {
        id = decodeURIComponent(id);
      } catch (err) {
        // keep it as it is: the API answers 400
      }
      return {name: 'job', key: 'job/' + id, id: id, api: '/api/job/' + encodeURIComponent(id)};
    }
    return {name: 'unknown', key: 'unknown'};
  }

  // ---------------------------------------------------------------- drawing with diffs

  // The page keeps what it shows: shown is the key of the mounted view; each section remembers
  // the JSON it was drawn from and is redrawn only when that changes.
  let shown = null;

  function mount(key, build) {
    if (shown === key) return false;
    shown = key;
    app.replaceChildren(...[].concat(build()));
    return true;
  }

  function update(id, data, draw) {
    const box = document.getElementById(id);
    if (!box) return;
    const sig = JSON.stringify(data === undefined ? null : data);
    if (box.dataset.sig === sig) return;
    box.dataset.sig = sig;
    box.replaceChildren(...[].concat(draw(data)));
  }

  function message(key, cls, msg) {
    if (shown === key) return;
    shown = key;
    app.replaceChildren(el('p', {class: cls, id: 'message'}, msg));
  }

  // ---------------------------------------------------------------- top bar and banner

  function drawTop(n) {
    document.getElementById('node-name').textContent = text(n.name);
    const roles = document.getElementById('node-roles');
    roles.replaceChildren(...(n.roles || []).map((r) => el('span', {class: 'chip'}, r)));
    document.getElementById('node-account').replaceChildren(n.account ? addr(n.account) : '');
  }

  function drawNav(r) {
    document.getElementById('nav-market').classList.toggle('active', r.name === 'market' || r.name === 'job');
    document.getElementById('nav-node').classList.toggle('active', r.name === 'node');
  }

  let lastGood = null;

  function drawBanner(errors) {
    if (!errors.length) {
      banner.hidden = true;
      banner.replaceChildren();
      status.textContent = 'live · updated ' + clock(lastGood);
      status.classList.remove('stale');
      return;
    }
    const uniq = [...new Set(errors)];
    banner.replaceChildren(
      el('strong', {id: 'banner-text'}, uniq.join(' · ')),
      el('span', {class: 'banner-note'}, lastGood ? ' — showing the data of ' + clock(lastGood) + ', retrying every ' + POLL_MS / 1000 + ' s' : ' — retrying every ' + POLL_MS / 1000 + ' s'));
    banner.hidden = false;
    status.textContent = 'stale · last update ' + clock(lastGood);
    status.classList.add('stale');
  }

  // ---------------------------------------------------------------- market

  function drawMarket(res, errors) {
    if (!res.ok) {
      errors.push(res.error);
      if (shown !== 'market') message('market', 'muted', 'waiting for the market…');
      return;
    }
    mount('market', () => [
      el('div', {class: 'page-head'}, el('h1', null, 'Market'), el('div', {id: 'market-head', class: 'muted'})),
      el('section', {id: 'market-jobs'}),
    ]);
    const m = res.data;
    update('market-head', [m.head, m.head_time], () => {
      const t = m.head_time ? new Date(m.head_time * 1000).toLocaleString([], {hour12: false}) : '—';
      return ['chain head #' + text(m.head) + ' · ' + t];
    });
    update('market-jobs', m.jobs, (jobs) => {
      const rows = (jobs || []).map((j) => {
        const href = '#/job/' + encodeURIComponent(String(j.id));
        return el('tr', {class: 'job-row state-' + String(j.state).replace(/[^a-z]/gi, ''), 'data-job': j.id, onclick: (ev) => {
          if (!(ev.target instanceof HTMLAnchorElement)) location.hash = href;
        }},
        el('td', null, el('a', {href: href}, '#' + text(j.id))),
        el('td', null, el('span', {class: 'badge'}, text(j.state))),
        el('td', {class: 'num'}, num(j.shards) + ' × ' + num(j.rounds)),
        el('td', {class: 'num'}, text(j.round)),
        el('td', {class: 'num'}, text(j.budget)),
        el('td', {class: 'num'}, text(j.max_price)),
        el('td', {class: 'num'}, text(j.clearing_price)),
        el('td', {class: 'num'}, String((j.bids || []).length)),
        el('td', {class: 'num'}, text(j.settled)),
        el('td', null, addr(j.submitter)));
      });
      return table('market-table', ['Job', 'State', 'Shards × rounds', 'Round', 'Escrow', 'Max price', 'Clearing price', 'Bids', 'Settled', 'Submitter'], rows, 'No jobs on the market yet.');
    });
  }

  // ---------------------------------------------------------------- job

  function drawJob(r, res, errors) {
    if (!res.ok) {
      if (res.status === 404) return message(r.key + ':404', 'notice', 'job ' + r.id + ' not found');
      if (res.status === 400) return message(r.key + ':400', 'notice', 'bad job id “' + r.id + '”: ' + res.error);
      errors.push(res.error);
      if (shown !== r.key) message(r.key + ':wait', 'muted', 'waiting for job ' + r.id + '…');
      return;
    }
    const j = res.data;
    mount(r.key, () => [
      el('section', {id: 'job-head'}),
      el('section', null, el('h2', null, 'Loss'), el('div', {id: 'job-chart', class: 'chart'})),
      el('section', null, el('h2', null, 'Shards'), el('div', {id: 'job-shards'})),
      el('section', null, el('h2', null, 'Verification'), el('div', {id: 'job-verification'})),
      el('section', null, el('h2', null, 'Disputes'), el('div', {id: 'job-disputes'})),
      el('section', null, el('h2', null, 'Events ', el('span', {class: 'muted small'}, 'newest first')), el('div', {id: 'job-events'})),
    ]);
    const head = Object.assign({}, j);
    delete head.shard_list; delete head.loss; delete head.eval; delete head.verification; delete head.disputes; delete head.events;
    update('job-head', head, drawJobHead);
    update('job-chart', [j.loss, j.eval], () => lossChart(j.loss, j.eval));
    update('job-shards', j.shard_list, drawShards);
    update('job-verification', [j.verification, j.shard_list, j.steps, j.rounds], () => drawVerification(j));
    update('job-disputes', j.disputes, drawDisputes);
    update('job-events', j.events, drawEvents);
  }

  function fact(label, value, cls) {
    return el('div', {class: 'fact'}, el('dt', null, label), el('dd', {class: cls || null}, value));
  }

  function drawJobHead(j) {
    const bids = (j.bids || []).map((b) => el('li', null, addr(b.bidder), ' @ ' + text(b.price)));
    return [
      el('div', {class: 'page-head'},
        el('h1', null, 'Job #' + text(j.id)),
        el('span', {class: 'badge big state-' + String(j.state).replace(/[^a-z]/gi, ''), id: 'job-state'}, text(j.state))),
      el('dl', {class: 'facts'},
        fact('State', text(j.state)),
        fact('Shards', text(j.shards)),
        fact('Rounds', text(j.rounds)),
        fact('Round', text(j.round)),
        fact('Steps', text(j.steps)),
        fact('Escrow left', text(j.budget)),
        fact('Max price', text(j.max_price)),
        fact('Clearing price', text(j.clearing_price)),
        fact('Settled shards', text(j.settled)),
        fact('Submitter', addr(j.submitter)),
        fact('Spec hash', text(j.spec_hash), 'mono wrap')),
      bids.length ? el('details', {class: 'bids'}, el('summary', null, bids.length + ' bid' + (bids.length === 1 ? '' : 's')), el('ul', null, bids)) : null,
    ];
  }

  function progress(step, steps) {
    step = num(step); steps = num(steps);
    const p = steps > 0 ? Math.min(100, (100 * step) / steps) : 0;
    const fill = el('div', {class: 'progress-fill'});
    fill.style.width = p.toFixed(1) + '%';
    return el('div', {class: 'progress', title: steps ? pct(step, steps) : 'no progress heard of'},
      fill, el('span', {class: 'progress-text'}, steps ? step + '/' + steps : step ? String(step) : '—'));
  }

  function drawShards(shards) {
    const rows = (shards || []).map((s) => el('tr', {class: 'shard-row', 'data-shard': s.index},
      el('td', {class: 'num'}, text(s.index)),
      el('td', null, addr(s.solver)),
      el('td', null, el('span', {class: 'badge'}, text(s.state))),
      el('td', {class: 'num'}, text(s.attempt)),
      el('td', {class: 'num'}, text(s.round)),
      el('td', {class: 'progress-cell'}, progress(s.step, s.steps)),
      el('td', {class: 'num'}, text(s.price)),
      el('td', {class: num(s.disputes) > 0 ? 'num warn' : 'num'}, text(s.disputes)),
      el('td', {class: 'num'}, s.deadline ? '#' + s.deadline : '—')));
    return table('shards-table', ['Shard', 'Solver', 'State', 'Attempt', 'Round', 'Progress', 'Price', 'Open disputes', 'Deadline'], rows, 'No shards assigned yet.');
  }

  // committedSteps is the number of steps a commitment of shard covers: the job's (or the
  // shard's) steps, divided by the rounds when the job is trained in rounds. 0 if unknown.
  function committedSteps(j, shard) {
    let steps = num(j.steps);
    if (!steps) {
      const s = (j.shard_list || []).find((x) => x.index === shard);
      steps = s ? num(s.steps) : 0;
    }
    const rounds = num(j.rounds);
    return rounds > 1 ? Math.floor(steps / rounds) : steps;
  }

  function statusClass(st) {
    switch (st) {
      case 'passed': return 'verified';
      case 'mismatch': case 'bad start': case 'bad global': case 'failed': return 'failed';
      case 'running': return 'running';
      default: return 'selected';
    }
  }

  // commitments merges the rows of one commitment (shard, attempt, round): the node may list a
  // commitment as "selected" (the chain's sample) and again with its own check; the check wins.
  function commitments(list) {
    const out = [], at = new Map();
    for (const v of list || []) {
      const k = v.shard + '/' + v.attempt + '/' + v.round;
      if (!at.has(k)) {
        at.set(k, out.length);
        out.push(v);
      } else if (out[at.get(k)].status === 'selected' && v.status !== 'selected') {
        out[at.get(k)] = v;
      }
    }
    return out;
  }

  function drawVerification(j) {
    const vs = commitments(j.verification);
    let segTotal = 0, stepTotal = 0, passed = 0;
    const rows = vs.map((v) => {
      const seg = segmentSteps(v.segments);
      const steps = num(v.steps) || committedSteps(j, v.shard);
      segTotal += seg; stepTotal += steps;
      if (v.status === 'passed') passed++;
      return el('tr', {class: statusClass(v.status), 'data-shard': v.shard, 'data-attempt': v.attempt, 'data-round': v.round},
        el('td', {class: 'num'}, text(v.shard)),
        el('td', {class: 'num'}, text(v.attempt)),
        el('td', {class: 'num'}, text(v.round)),
        el('td', {class: 'mono'}, segmentsText(v.segments)),
        el('td', {class: 'num'}, steps ? seg + ' / ' + steps : String(seg)),
        el('td', {class: 'num'}, pct(seg, steps)),
        el('td', null, el('span', {class: 'badge'}, text(v.status))),
        el('td', {class: 'detail'}, v.detail || ''));
    });
    const summary = vs.length ? el('p', {id: 'coverage', class: 'summary'},
      passed + ' of ' + vs.length + ' commitment' + (vs.length === 1 ? '' : 's') + ' verified by this node · ' +
      'coverage ' + pct(segTotal, stepTotal) + ' of the committed steps (' + segTotal + (stepTotal ? ' / ' + stepTotal : '') + ' steps in segments)') : null;
    return [summary, table('verification-table', ['Shard', 'Attempt', 'Round', 'Segments', 'Steps checked', 'Coverage', 'Status', 'Detail'], rows, 'No commitments yet.')];
  }

  // moveRow lists a game's events (its open, each move, its end) under its row.
  function moveRow(d) {
    const h = d.history || [];
    if (!h.length) return [];
    return [el('tr', {class: 'moves'}, el('td', {colspan: '12'},
      el('details', null, el('summary', null, h.length + ' events: ' + h.map((e) => e.name).join(' → ')),
        el('ol', {class: 'events'}, h.map(eventItem)))))];
  }

  function drawDisputes(ds) {
    const rows = (ds || []).flatMap((d) => [el('tr', {class: d.winner ? 'settled' : 'open'},
      el('td', null, text(d.kind)),
      el('td', {class: 'num'}, text(d.game)),
      el('td', {class: 'num'}, text(d.shard)),
      el('td', {class: 'num'}, text(d.attempt)),
      el('td', {class: 'num'}, text(d.round)),
      el('td', {class: 'num'}, text(d.step)),
      el('td', null, addr(d.challenger)),
      el('td', null, addr(d.solver)),
      el('td', {class: 'num'}, text(d.moves)),
      el('td', null, text(d.phase)),
      el('td', null, d.winner ? addr(d.winner) : '—'),
      el('td', {class: 'detail'}, d.reason || ''))].concat(moveRow(d)));
    return table('disputes-table', ['Kind', 'Game', 'Shard', 'Attempt', 'Round', 'Step', 'Challenger', 'Solver', 'Moves', 'Phase', 'Winner', 'Reason'], rows, 'No disputes.');
  }

  function eventClass(name) {
    name = String(name);
    if (/Finalized|Paid|Payment|Settled|Refund/.test(name)) return 'ev-pay';
    if (/Slash|Missed|Forfeit/.test(name)) return 'ev-slash';
    if (/Dispute|Game|Challenge|Move/.test(name)) return 'ev-dispute';
    if (/Commit|Verif/.test(name)) return 'ev-commit';
    return 'ev-other';
  }

  function drawEvents(evs) {
    const list = (evs || []).slice().reverse();
    if (!list.length) return el('p', {class: 'muted', id: 'events-empty'}, 'No events yet.');
    return el('ul', {id: 'events-list', class: 'events'}, list.map(eventItem));
  }

  // eventItem is one chain event: its block, name and arguments.
  function eventItem(e) {
    const args = e.args || {};
    return el('li', {class: 'event ' + eventClass(e.name)},
      el('span', {class: 'ev-block mono'}, '#' + text(e.block)),
      el('span', {class: 'ev-name'}, text(e.name)),
      el('span', {class: 'ev-args'}, Object.keys(args).sort().map((k) =>
        el('span', {class: 'ev-arg'}, el('span', {class: 'ev-key'}, k + '='), addr(args[k])))));
  }

  // ---------------------------------------------------------------- loss chart

  function extent(vs) {
    let lo = Infinity, hi = -Infinity;
    for (const v of vs) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  }

  function niceStep(span, count) {
    const raw = span / Math.max(1, count);
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    const f = raw / p;
    return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * p;
  }

  // axis returns a nice domain [lo, hi] around [min, max] and its ticks.
  function axis(min, max, count, integer) {
    let step = niceStep(max - min, count);
    if (integer) step = Math.max(1, Math.round(step));
    const lo = Math.floor(min / step) * step;
    const hi = Math.ceil(max / step) * step;
    const ticks = [];
    for (let i = 0, v = lo; v <= hi + step / 2 && i < 100; i++, v = lo + i * step) ticks.push(v);
    const decimals = integer ? 0 : Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    const label = (v) => {
      if (integer && Math.abs(v) >= 10000 && v % 1000 === 0) return v / 1000 + 'k';
      return v.toFixed(decimals);
    };
    return {lo: lo, hi: hi === lo ? lo + step : hi, ticks: ticks, label: label};
  }

  function lossChart(loss, evals) {
    const W = 760, H = 300, m = {l: 58, r: 18, t: 14, b: 44};
    const series = (loss || [])
      .filter((s) => s && Array.isArray(s.points))
      .map((s) => ({
        shard: s.shard,
        attempt: s.attempt,
        pts: s.points.filter((p) => isFinite(p.step) && isFinite(p.loss)).sort((a, b) => a.step - b.step),
      }))
      .sort((a, b) => a.shard - b.shard || a.attempt - b.attempt);
    const ev = (evals || []).filter((p) => isFinite(p.step) && isFinite(p.loss)).sort((a, b) => a.step - b.step);
    const all = [];
    for (const s of series) for (const p of s.pts) all.push(p);
    for (const p of ev) all.push(p);

    const root = sv('svg', {id: 'loss-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'training loss by step'});
    if (!all.length) {
      root.appendChild(sv('text', {x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'chart-empty'}, 'no loss reported yet'));
      return [root];
    }
    let [x0, x1] = extent(all.map((p) => p.step));
    let [y0, y1] = extent(all.map((p) => p.loss));
    if (x0 === x1) { x0 -= 1; x1 += 1; }
    if (y0 === y1) { const d = Math.abs(y0) * 0.1 || 1; y0 -= d; y1 += d; }
    const xa = axis(x0, x1, 8, true), ya = axis(y0, y1, 6, false);
    const pw = W - m.l - m.r, ph = H - m.t - m.b;
    const sx = (v) => m.l + ((v - xa.lo) / (xa.hi - xa.lo)) * pw;
    const sy = (v) => m.t + ph - ((v - ya.lo) / (ya.hi - ya.lo)) * ph;
    const f = (v) => v.toFixed(1);

    const grid = sv('g', {class: 'grid'});
    const ticks = sv('g', {class: 'ticks'});
    for (const t of ya.ticks) {
      grid.appendChild(sv('line', {x1: m.l, x2: W - m.r, y1: f(sy(t)), y2: f(sy(t))}));
      ticks.appendChild(sv('text', {x: m.l - 8, y: f(sy(t)), 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick y-tick'}, ya.label(t)));
    }
    for (const t of xa.ticks) {
      grid.appendChild(sv('line', {x1: f(sx(t)), x2: f(sx(t)), y1: m.t, y2: m.t + ph}));
      ticks.appendChild(sv('text', {x: f(sx(t)), y: m.t + ph + 16, 'text-anchor': 'middle', class: 'tick x-tick'}, xa.label(t)));
    }
    root.append(grid,
      sv('line', {class: 'axis', x1: m.l, x2: m.l, y1: m.t, y2: m.t + ph}),
      sv('line', {class: 'axis', x1: m.l, x2: W - m.r, y1: m.t + ph, y2: m.t + ph}),
      ticks,
      sv('text', {class: 'axis-title', x: m.l + pw / 2, y: H - 6, 'text-anchor': 'middle'}, 'step'),
      sv('text', {class: 'axis-title', x: 14, y: m.t + ph / 2, 'text-anchor': 'middle', transform: 'rotate(-90 14 ' + (m.t + ph / 2) + ')'}, 'loss'));

    const legend = el('div', {class: 'legend', id: 'loss-legend'});
    series.forEach((s, i) => {
      const color = COLORS[i % COLORS.length];
      const name = 'shard ' + s.shard + ' · attempt ' + s.attempt;
      const last = s.pts[s.pts.length - 1];
      if (s.pts.length) {
        const d = s.pts.map((p, k) => (k ? 'L' : 'M') + f(sx(p.step)) + ' ' + f(sy(p.loss))).join(' ');
        root.appendChild(sv('path', {class: 'loss-line', d: d, stroke: color, 'data-shard': s.shard, 'data-attempt': s.attempt},
          sv('title', null, name + ': ' + s.pts.length + ' reports, loss ' + lossText(last.loss) + ' at step ' + last.step)));
        root.appendChild(sv('circle', {class: 'loss-end', cx: f(sx(last.step)), cy: f(sy(last.loss)), r: 3, fill: color},
          sv('title', null, name + ': step ' + last.step + ', loss ' + lossText(last.loss))));
      }
      const sw = el('span', {class: 'swatch'});
      sw.style.background = color;
      legend.appendChild(el('span', {class: 'legend-item', 'data-shard': s.shard, 'data-attempt': s.attempt},
        sw, name, last ? el('span', {class: 'muted'}, ' ' + lossText(last.loss) + ' @ ' + last.step) : null));
    });
    if (ev.length) {
      const g = sv('g', {class: 'eval-points'});
      for (const p of ev) {
        const acc = typeof p.accuracy === 'number' && isFinite(p.accuracy) && p.accuracy > 0
          ? ', accuracy ' + (p.accuracy <= 1 ? (100 * p.accuracy).toFixed(1) + '%' : String(p.accuracy)) : '';
        g.appendChild(sv('circle', {class: 'eval-point', cx: f(sx(p.step)), cy: f(sy(p.loss)), r: 4.5},
          sv('title', null, 'evaluation at step ' + p.step + ': loss ' + lossText(p.loss) + acc)));
      }
      root.appendChild(g);
      legend.appendChild(el('span', {class: 'legend-item'}, el('span', {class: 'swatch ring'}), 'evaluation'));
    }
    return [root, legend];
  }

  // ---------------------------------------------------------------- node

  function drawNode(res, errors) {
    if (!res.ok) {
      if (shown !== 'node') message('node', 'muted', 'waiting for the node…');
      return; // the error is already in errors: the node view is the top bar's request
    }
    mount('node', () => [el('div', {class: 'page-head'}, el('h1', null, 'Node')), el('section', {id: 'node-facts'})]);
    update('node-facts', res.data, (n) => el('dl', {class: 'facts', id: 'node-view'},
      fact('Name', text(n.name)),
      fact('Roles', (n.roles || []).length ? n.roles.map((r) => el('span', {class: 'chip'}, r)) : '—'),
      fact('Account', text(n.account), 'mono wrap'),
      fact('Peer ID', text(n.peer_id), 'mono wrap'),
      fact('Peers', text(n.peers), num(n.peers) === 0 ? 'warn' : null),
      fact('Balance', text(n.balance)),
      fact('Bonded', text(n.bonded)),
      fact('Locked', text(n.locked)),
      fact('Owed', text(n.owed)),
      fact('Earnings', text(n.earnings), 'good'),
      fact('Slashed', text(n.slashed), n.slashed && n.slashed !== '0' ? 'bad' : null),
      fact('Head lag', duration(n.head_lag), num(n.head_lag) > 60 ? 'warn' : null),
      fact('Uptime', duration(n.uptime_s))));
  }

  // ---------------------------------------------------------------- the poll loop

  let timer = 0;
  let seq = 0;

  async function tick() {
    clearTimeout(timer);
    const my = ++seq;
    const r = route();
    const [node, page] = await Promise.all([get('/api/node'), r.api ? get(r.api) : null]);
    if (my !== seq) return; // a newer poll (a route change) took over
    const errors = [];
    const x = window.scrollX, y = window.scrollY;
    try {
      if (node.ok) drawTop(node.data);
      else errors.push(node.error);
      drawNav(r);
      switch (r.name) {
        case 'market': drawMarket(page, errors); break;
        case 'job': drawJob(r, page, errors); break;
        case 'node': drawNode(node, errors); break;
        default: message('unknown', 'notice', 'no such page: ' + location.hash);
      }
    } catch (err) {
      console.error(err);
      errors.push('page error: ' + ((err && err.message) || String(err)));
    }
    if (!errors.length) lastGood = new Date();
    drawBanner(errors);
    if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
    timer = setTimeout(tick, POLL_MS);
  }

  window.addEventListener('hashchange', () => {
    shown = null;
    window.scrollTo(0, 0);
    tick();
  });
  tick();
})();
