(function (d, k, r) {
  function get() { try { return localStorage.getItem(k); } catch (e) { return r.dataset.textSize; } }
  function set(s) {
    s == 'large' ? (r.dataset.textSize = s) : delete r.dataset.textSize;
    d.querySelectorAll('[data-size]').forEach(function (b) { b.setAttribute('aria-pressed', b.dataset.size == (s || 'standard')); });
  }
  var chosen = get();
  set(chosen);
  d.addEventListener('DOMContentLoaded', function () { set(chosen); });
  d.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-size]');
    if (b) { try { localStorage.setItem(k, b.dataset.size); } catch (x) {} set(b.dataset.size); }
  });
})(document, 'xueshibu:textSize', document.documentElement);
