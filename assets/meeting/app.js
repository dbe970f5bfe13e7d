/* Sổ tay – the phone page of a branch meeting quiz. Plain ES5 and
   XMLHttpRequest, so it runs in old Android browsers; no framework, no
   build step; everything the user typed is shown with textContent. */
(function () {
  'use strict';
  var token = readCookie('sotay_token');
  var state = null, picked = [], sending = false, deadline = 0, timer = null, poll = null;
  var letters = 'ABCDEF';

  function $(id) { return document.getElementById(id); }
  function show(id) {
    var ids = ['join', 'wait', 'question', 'result'];
    for (var i = 0; i < ids.length; i++) { $(ids[i]).className = $(ids[i]).className.replace(/ ?hidden/g, '') + (ids[i] === id ? '' : ' hidden'); }
  }
  function hide(el, yes) { el.className = el.className.replace(/ ?hidden/g, '') + (yes ? ' hidden' : ''); }
  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      if (kv[0] === name) { return decodeURIComponent(kv.slice(1).join('=')); }
    }
    return '';
  }
  function request(method, path, body, done) {
    var x = new XMLHttpRequest();
    x.open(method, path, true);
    x.setRequestHeader('Content-Type', 'application/json');
    if (token) { x.setRequestHeader('Authorization', 'Bearer ' + token); }
    x.timeout = 8000;
    x.onreadystatechange = function () {
      if (x.readyState !== 4) { return; }
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      done(x.status, data);
    };
    x.send(body ? JSON.stringify(body) : null);
  }

  $('join-form').onsubmit = function (ev) {
    ev.preventDefault();
    var body = { code: $('code').value.replace(/\D/g, ''), name: $('name').value, team: $('team').value || '' };
    $('join-error').textContent = '';
    $('join-button').disabled = true;
    request('POST', '/api/join', body, function (status, data) {
      $('join-button').disabled = false;
      if (status === 200 && data && data.token) {
        token = data.token;
        refresh();
        return;
      }
      if (data && data.error === 'team' && data.teams) {
        var sel = $('team');
        sel.innerHTML = '';
        for (var i = 0; i < data.teams.length; i++) {
          var o = document.createElement('option');
          o.value = data.teams[i]; o.textContent = data.teams[i];
          sel.appendChild(o);
        }
        hide($('team-box'), false);
      }
      $('join-error').textContent = (data && data.message) || 'Không kết nối được với máy của người điều hành.';
    });
  };

  function refresh() {
    if (!token) { show('join'); return; }
    request('GET', '/api/state', null, function (status, data) {
      hide($('net'), status !== 0);
      if (status === 401) { token = ''; show('join'); return; }
      if (status === 200 && data) { render(data); }
    });
  }

  function render(s) {
    var changed = !state || state.index !== s.index || state.phase !== s.phase;
    state = s;
    $('title').textContent = s.title || 'Sinh hoạt chi bộ';
    $('me').textContent = s.name ? s.name + (s.team ? ' · ' + s.team : '') : '';
    if (s.phase === 'lobby') {
      $('wait-title').textContent = 'Đã vào phiên';
      $('wait-text').textContent = 'Chờ người điều hành mở câu hỏi đầu tiên…';
      show('wait');
      return;
    }
    if (s.phase === 'question') {
      if (changed) { picked = []; buildQuestion(s); }
      setDeadline(s.deadline_ms, s.paused);
      updateQuestion(s);
      show('question');
      return;
    }
    stopTimer();
    if (s.phase === 'ended') {
      $('r-title').textContent = 'Phiên đã kết thúc';
      $('r-text').textContent = s.rank ? 'Đồng chí xếp thứ ' + s.rank + '. Cảm ơn đồng chí đã tham gia!' : 'Cảm ơn đồng chí đã tham gia!';
    } else if (s.correct === true) {
      $('r-title').innerHTML = '';
      $('r-title').appendChild(span('Đúng rồi! +' + s.points + ' điểm', 'good'));
      $('r-text').textContent = 'Đáp án: ' + rightText(s);
    } else if (s.correct === false) {
      $('r-title').innerHTML = '';
      $('r-title').appendChild(span('Chưa đúng', 'bad'));
      $('r-text').textContent = 'Đáp án đúng: ' + rightText(s);
    } else {
      $('r-title').textContent = 'Đã hết giờ';
      $('r-text').textContent = 'Đồng chí chưa trả lời câu này. Đáp án đúng: ' + rightText(s);
    }
    if (s.phase === 'leaderboard' && s.rank) { $('r-text').textContent += ' · Đang xếp thứ ' + s.rank + '.'; }
    $('r-score').textContent = s.score;
    show('result');
  }
  function span(text, cls) { var e = document.createElement('span'); e.className = cls; e.textContent = text; return e; }
  function rightText(s) {
    var out = [];
    for (var i = 0; s.right && i < s.right.length; i++) {
      var k = s.right[i];
      out.push(letters.charAt(k) + (s.options && s.options[k] ? '. ' + s.options[k] : ''));
    }
    return out.join('; ') || '–';
  }

  function buildQuestion(s) {
    $('q-number').textContent = 'Câu ' + (s.index + 1) + '/' + s.total;
    $('q-text').textContent = s.question;
    hide($('q-hint'), !s.multiple);
    hide($('send'), !s.multiple);
    var box = $('options');
    box.innerHTML = '';
    for (var i = 0; i < s.options.length; i++) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'opt opt' + i;
      var l = document.createElement('span');
      l.className = 'letter';
      l.textContent = letters.charAt(i);
      b.appendChild(l);
      b.appendChild(document.createTextNode(s.options[i]));
      b.onclick = (function (k) { return function () { choose(k); }; })(i);
      box.appendChild(b);
    }
  }
  function updateQuestion(s) {
    var buttons = $('options').getElementsByTagName('button');
    var mine = s.answered ? (s.choices || []) : picked;
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].disabled = s.answered || sending;
      buttons[i].className = buttons[i].className.replace(/ picked/g, '') + (indexOf(mine, i) >= 0 ? ' picked' : '');
    }
    $('send').disabled = s.answered || sending || picked.length === 0;
    $('q-status').textContent = s.answered ? 'Đã gửi câu trả lời. Chờ công bố đáp án…' : (s.paused ? 'Người điều hành đang tạm dừng.' : '');
  }
  function indexOf(a, v) { for (var i = 0; i < a.length; i++) { if (a[i] === v) { return i; } } return -1; }

  function choose(k) {
    if (!state || state.answered || sending) { return; }
    if (state.multiple) {
      var at = indexOf(picked, k);
      if (at >= 0) { picked.splice(at, 1); } else { picked.push(k); }
      updateQuestion(state);
      return;
    }
    picked = [k];
    send();
  }
  $('send').onclick = function () { send(); };
  function send() {
    if (!picked.length) { return; }
    sending = true;
    updateQuestion(state);
    request('POST', '/api/answer', { index: state.index, choice: state.multiple ? picked : picked[0] }, function (status, data) {
      sending = false;
      if (status === 200) { state.answered = true; state.choices = picked; }
      else { $('q-status').textContent = (data && data.message) || 'Chưa gửi được, hãy bấm lại.'; }
      if (status === 409) { state.answered = true; }
      updateQuestion(state);
      refresh();
    });
  }

  function setDeadline(ms, paused) {
    deadline = paused ? -ms : new Date().getTime() + ms;
    if (!timer) { timer = setInterval(tick, 250); }
    tick();
  }
  function tick() {
    var left = deadline < 0 ? -deadline : Math.max(0, deadline - new Date().getTime());
    $('q-time').textContent = Math.ceil(left / 1000) + ' giây';
  }
  function stopTimer() { if (timer) { clearInterval(timer); timer = null; } }

  refresh();
  poll = setInterval(refresh, 1000);
})();
